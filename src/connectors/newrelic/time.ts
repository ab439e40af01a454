import { utcMinute } from '../kit/wording.js';

/** Latest date an ISO string can hold with a four-digit year. */
const MAX_MS = 253402300799999;

/**
 * New Relic's template writes times in milliseconds since the epoch; a custom template may
 * quote them or write an ISO date. Undefined when it is none of those.
 */
export function timeIso(value: number | string | undefined): string | undefined {
  if (typeof value === 'string') {
    const text = value.trim();
    if (!/^\d{1,16}$/.test(text)) return utcMinute(text) ? text : undefined;
    value = Number(text);
  }
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  // A template that wrote seconds would otherwise date the issue in January 1970.
  const ms = value < 1e11 ? value * 1000 : value;
  return ms > MAX_MS ? undefined : new Date(ms).toISOString();
}

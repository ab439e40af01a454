import type { VerifyResult } from '../types.js';

/** What the Standard Webhooks and Stripe libraries allow either side of the receive time. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** How a sender writes the time it signs: Unix seconds (most), or ISO 8601 (Zendesk). */
export type TimestampFormat = 'unix' | 'iso';

const UNIX_SECONDS = /^\d{1,12}$/;
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

const EXPECTED: Readonly<Record<TimestampFormat, string>> = {
  unix: 'a Unix time in seconds',
  iso: 'an ISO 8601 time such as 2024-04-17T17:18:10Z',
};

/** The signed time in ms, or NaN when the text is not of the format. */
function signedAt(text: string, format: TimestampFormat): number {
  if (format === 'unix') return UNIX_SECONDS.test(text) ? Number(text) * 1000 : Number.NaN;
  return ISO_SECONDS.test(text) ? Date.parse(text) : Number.NaN;
}

/**
 * A signed timestamp, checked against the receive time: a request signed long ago (or far
 * ahead) is a replay of a captured body, whatever its signature says. Returns a refusal, or
 * undefined when the timestamp is fresh.
 */
export function staleTimestamp(
  header: string,
  value: string | undefined,
  receivedAt: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
  format: TimestampFormat = 'unix',
): Exclude<VerifyResult, { ok: true }> | undefined {
  const text = value?.trim();
  if (!text) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${header} header is missing` };
  }
  const at = signedAt(text, format);
  if (Number.isNaN(at)) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: `${header} is not ${EXPECTED[format]}`,
    };
  }
  const skew = Math.round((receivedAt - at) / 1000);
  if (Math.abs(skew) <= toleranceSeconds) return undefined;
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message:
      `${header} is ${Math.abs(skew)} s ${skew > 0 ? 'old' : 'in the future'}; requests are ` +
      `accepted within ${toleranceSeconds} s of the relay's clock (check the sender's clock, ` +
      'or it is a replay)',
  };
}

/** The timestamp header value a sender would send at `receivedAt`, in Unix seconds. */
export function unixSeconds(receivedAt: number): string {
  return String(Math.floor(receivedAt / 1000));
}

/** The same in ISO 8601, whole seconds, UTC: `2024-04-17T17:18:10Z`. */
export function isoSeconds(receivedAt: number): string {
  return new Date(Math.floor(receivedAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

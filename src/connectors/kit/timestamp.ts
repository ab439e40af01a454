import type { VerifyResult } from '../types.js';

/** What the Standard Webhooks and Stripe libraries allow either side of the receive time. */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/**
 * A signed timestamp in whole seconds, checked against the receive time: a request signed
 * long ago (or far ahead) is a replay of a captured body, whatever its signature says.
 * Returns a refusal, or undefined when the timestamp is fresh.
 */
export function staleTimestamp(
  header: string,
  value: string | undefined,
  receivedAt: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): Exclude<VerifyResult, { ok: true }> | undefined {
  const text = value?.trim();
  if (!text) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${header} header is missing` };
  }
  if (!/^\d{1,12}$/.test(text)) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: `${header} is not a Unix time in seconds`,
    };
  }
  const skew = Math.round(receivedAt / 1000) - Number(text);
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

/** The timestamp header value a sender would send at `receivedAt`. */
export function unixSeconds(receivedAt: number): string {
  return String(Math.floor(receivedAt / 1000));
}

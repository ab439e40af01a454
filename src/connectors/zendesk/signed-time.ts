import type { VerifyResult } from '../types.js';

/**
 * Zendesk signs an ISO 8601 timestamp (`2024-04-17T17:18:10Z`), not Unix seconds as the kit's
 * `staleTimestamp` expects: this is the same freshness check for that form. It lives here
 * because Zendesk is the only sender that needs it.
 */
const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

export function staleIsoTimestamp(
  header: string,
  value: string | undefined,
  receivedAt: number,
  toleranceSeconds: number,
): Exclude<VerifyResult, { ok: true }> | undefined {
  const text = value?.trim();
  if (!text) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${header} header is missing` };
  }
  const signedAt = ISO_SECONDS.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(signedAt)) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: `${header} is not an ISO 8601 time such as 2024-04-17T17:18:10Z`,
    };
  }
  const skew = Math.round((receivedAt - signedAt) / 1000);
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

/** The timestamp Zendesk would send at `receivedAt`: whole seconds, UTC. */
export function isoSeconds(receivedAt: number): string {
  return new Date(Math.floor(receivedAt / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

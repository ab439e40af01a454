import { timingSafeEqual } from 'node:crypto';
import { hmacDigest, noUsableSecret, usableSecrets } from '../kit/hmac.js';
import { staleTimestamp } from '../kit/timestamp.js';
import type { IngestRequest, VerifyResult } from '../types.js';

export const STRIPE_HEADER = 'stripe-signature';

/** A sender lists one `v1` per active secret: more than a handful is not a rotation. */
const MAX_ENTRIES = 16;
const HEX_DIGEST = /^[0-9a-f]{64}$/i;

/** `t=<unix seconds>` and the `v1=<hex>` digests; other schemes (`v0`) are ignored. */
function parse(value: string): { t?: string; v1: Buffer[] } {
  let t: string | undefined;
  const v1: Buffer[] = [];
  for (const part of value.split(',').slice(0, MAX_ENTRIES)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const digits = part.slice(eq + 1).trim();
    if (key === 't' && t === undefined) t = digits;
    else if (key === 'v1' && HEX_DIGEST.test(digits)) v1.push(Buffer.from(digits, 'hex'));
  }
  return { t, v1 };
}

/**
 * Stripe-style `Stripe-Signature: t=<ts>,v1=<hex HMAC-SHA256(secret, "{t}.{body}")>`. The
 * endpoint secret is the key as typed, `whsec_` and all (unlike Standard Webhooks, which
 * decodes it). Refused when `t` is more than five minutes from the receive time.
 */
export function verifyStripe(
  req: Pick<IngestRequest, 'headers' | 'rawBody' | 'receivedAt'>,
  secrets: readonly string[],
): VerifyResult {
  const keys = usableSecrets(secrets);
  if (keys.length === 0) return noUsableSecret('Stripe-Signature');
  const value = req.headers[STRIPE_HEADER]?.trim();
  if (!value) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: 'Stripe-Signature header is missing' };
  }
  const { t, v1 } = parse(value);
  if (t === undefined || v1.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: 'Stripe-Signature is not of the form t=<unix time>,v1=<hex HMAC-SHA256>',
    };
  }
  const stale = staleTimestamp('Stripe-Signature t', t, req.receivedAt);
  if (stale) return stale;
  const message = Buffer.concat([Buffer.from(`${t}.`, 'utf8'), req.rawBody]);
  let matched = false;
  for (const key of keys) {
    const expected = hmacDigest('sha256', key, message);
    for (const given of v1) matched = timingSafeEqual(expected, given) || matched;
  }
  if (matched) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: 'Stripe-Signature does not match the timestamp and body for any configured secret',
  };
}

import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'x-pagerduty-signature';

const SCHEME: HmacScheme = {
  header: 'X-PagerDuty-Signature',
  algorithm: 'sha256',
  encoding: 'hex',
  prefix: 'v1=',
  mismatchHint: "check the subscription's signing secret, shown once when it was created",
};

/**
 * While PagerDuty rotates a subscription's secret it signs with each and lists every
 * signature; more than a handful is not a rotation, and each one costs an HMAC per secret.
 */
const MAX_SIGNATURES = 8;

/**
 * `X-PagerDuty-Signature: v1=<hex HMAC-SHA256(signing secret, raw body)>[,v1=<…>]`. The
 * request is PagerDuty's when any `v1=` signature matches any of the connector's secrets;
 * signatures of other (future) versions are skipped, as PagerDuty's docs ask.
 * https://developer.pagerduty.com/docs/28e906a0e4f36-verifying-signatures
 */
export function verifyPagerDuty(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const values = (req.headers[HEADER] ?? '')
    .split(',', MAX_SIGNATURES)
    .map((value) => value.trim())
    .filter((value) => value !== '');
  // No value at all: the kit words the refusal (no usable secret, or a missing header).
  if (values.length === 0) return verifyHmac(SCHEME, req.rawBody, secrets, undefined);
  const v1 = values.filter((value) => value.slice(0, 3).toLowerCase() === 'v1=');
  if (v1.length === 0) return verifyHmac(SCHEME, req.rawBody, secrets, values[0]);
  let refusal: VerifyResult | undefined;
  for (const value of v1) {
    const verdict = verifyHmac(SCHEME, req.rawBody, secrets, value);
    if (verdict.ok) return verdict;
    refusal ??= verdict;
  }
  return refusal ?? verifyHmac(SCHEME, req.rawBody, secrets, undefined);
}

export function signPagerDuty(req: SigningInput, secret: string) {
  return { [HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

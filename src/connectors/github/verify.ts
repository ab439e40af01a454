import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IngestRequest, VerifyResult } from '../types.js';

const HEADER = 'x-hub-signature-256';
const LEGACY_HEADER = 'x-hub-signature';
const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/**
 * Checks `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>` against each
 * secret (several while one is being rotated out). The legacy sha1 `X-Hub-Signature` is never
 * enough on its own: accepting it would let a stripped sha256 header downgrade the check.
 */
export function verifyGitHubSignature(
  req: IngestRequest,
  secrets: readonly string[],
): VerifyResult {
  // An empty key is public knowledge: anyone can sign with it. With no other secret left there is
  // nothing to check against, so the request is refused rather than let through.
  const keys = secrets.filter((secret) => secret !== '');
  if (keys.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: 'no usable secret is configured to check X-Hub-Signature-256 against',
    };
  }

  const header = req.headers[HEADER];
  if (header === undefined || header.trim() === '') {
    const legacyOnly = Boolean(req.headers[LEGACY_HEADER]);
    return {
      ok: false,
      code: 'SIGNATURE_MISSING',
      message: legacyOnly
        ? 'only the legacy sha1 X-Hub-Signature was sent; X-Hub-Signature-256 is required'
        : 'X-Hub-Signature-256 header is missing',
    };
  }

  const hex = SIGNATURE.exec(header.trim())?.[1];
  if (hex === undefined) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: 'X-Hub-Signature-256 is not of the form sha256=<64 hex digits>',
    };
  }

  const given = Buffer.from(hex, 'hex');
  const matches = keys.some((secret) => {
    const expected = createHmac('sha256', secret).update(req.rawBody).digest();
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return matches
    ? { ok: true }
    : {
        ok: false,
        code: 'SIGNATURE_INVALID',
        message: 'X-Hub-Signature-256 does not match the body for any configured secret',
      };
}

import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'x-hub-signature-256';
const LEGACY_HEADER = 'x-hub-signature';

const SCHEME: HmacScheme = {
  header: 'X-Hub-Signature-256',
  algorithm: 'sha256',
  encoding: 'hex',
  prefix: 'sha256=',
};

/**
 * Checks `X-Hub-Signature-256: sha256=<hex HMAC-SHA256(secret, raw body)>` against each
 * secret (several while one is being rotated out). The legacy sha1 `X-Hub-Signature` is never
 * enough on its own: accepting it would let a stripped sha256 header downgrade the check.
 */
export function verifyGitHubSignature(
  req: IngestRequest,
  secrets: readonly string[],
): VerifyResult {
  const verdict = verifyHmac(SCHEME, req.rawBody, secrets, req.headers[HEADER]);
  if (!verdict.ok && verdict.code === 'SIGNATURE_MISSING' && req.headers[LEGACY_HEADER]) {
    return {
      ...verdict,
      message: 'only the legacy sha1 X-Hub-Signature was sent; X-Hub-Signature-256 is required',
    };
  }
  return verdict;
}

export function signGitHub(req: SigningInput, secret: string) {
  return { [HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

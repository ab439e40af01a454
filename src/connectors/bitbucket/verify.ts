import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'x-hub-signature';

/** GitHub's format under GitHub's older header name, without the `-256`. */
const SCHEME: HmacScheme = {
  header: 'X-Hub-Signature',
  algorithm: 'sha256',
  encoding: 'hex',
  prefix: 'sha256=',
  mismatchHint: 'check that the webhook’s Secret in Bitbucket is the connector secret',
};

/** `X-Hub-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>`, sent once a secret is set. */
export function verifyBitbucket(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifyHmac(SCHEME, req.rawBody, secrets, req.headers[HEADER]);
}

export function signBitbucket(req: SigningInput, secret: string): Record<string, string> {
  return { [HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

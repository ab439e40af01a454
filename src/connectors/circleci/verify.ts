import { hmacSignature, usableSecrets, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'circleci-signature';

const SCHEME: HmacScheme = {
  header: 'circleci-signature v1',
  algorithm: 'sha256',
  encoding: 'hex',
  mismatchHint: "check that the connector's secret is the webhook's Secret token",
};

/** Longer than any header CircleCI sends; a bigger one is not split at all. */
const MAX_HEADER = 1024;

/** The `v1` value of `v1=<hex>,v2=<…>`, or undefined when the header has none. */
function v1Of(header: string): string | undefined {
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === 'v1') return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * `circleci-signature` lists signatures by version, comma-separated; only v1 exists: the hex
 * HMAC-SHA256 of the raw body keyed by the webhook's Secret token. v1 is always required,
 * whatever other versions are sent, so a request cannot downgrade the check by offering only
 * a version we do not know.
 * https://circleci.com/docs/webhooks/#validate-webhooks
 */
export function verifyCircleCI(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const header = req.headers[HEADER]?.trim();
  if (header && header.length > MAX_HEADER) {
    return { ok: false, code: 'SIGNATURE_INVALID', message: 'circleci-signature is too long' };
  }
  const v1 = header ? v1Of(header) : undefined;
  if (header && v1 === undefined && usableSecrets(secrets).length > 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: 'circleci-signature has no v1 signature; v1 is required',
    };
  }
  return verifyHmac(SCHEME, req.rawBody, secrets, v1);
}

export function signCircleCI(req: SigningInput, secret: string) {
  return { [HEADER]: `v1=${hmacSignature(SCHEME, secret, req.rawBody)}` };
}

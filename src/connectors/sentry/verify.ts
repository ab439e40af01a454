import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'sentry-hook-signature';

const SCHEME: HmacScheme = {
  header: 'Sentry-Hook-Signature',
  algorithm: 'sha256',
  encoding: 'hex',
  mismatchHint: "check that the connector's secret is the integration's Client Secret",
};

/**
 * `Sentry-Hook-Signature` is the lower-hex HMAC-SHA256 of the request body keyed by the
 * integration's Client Secret. Sentry's own example re-serialises the parsed JSON, which only
 * works because Sentry sends compact JSON: the raw bytes are what is checked here.
 * `Sentry-Hook-Timestamp` is not signed, so it proves nothing about freshness.
 * https://docs.sentry.io/integrations/integration-platform/webhooks/#verifying-the-signature
 */
export function verifySentry(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const verdict = verifyHmac(SCHEME, req.rawBody, secrets, req.headers[HEADER]);
  if (!verdict.ok && verdict.code === 'SIGNATURE_MISSING' && !req.headers['sentry-hook-resource']) {
    return {
      ...verdict,
      message:
        'Sentry-Hook-Signature header is missing: the legacy WebHooks plugin cannot sign, so ' +
        'a connector for it must have no secret',
    };
  }
  return verdict;
}

export function signSentry(req: SigningInput, secret: string) {
  return { [HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const HEADER = 'heroku-webhook-hmac-sha256';

const SCHEME: HmacScheme = {
  header: 'Heroku-Webhook-Hmac-SHA256',
  algorithm: 'sha256',
  encoding: 'base64',
  mismatchHint: "check that the connector's secret is the webhook's secret",
};

/**
 * `Heroku-Webhook-Hmac-SHA256` is the base64 HMAC-SHA256 of the raw body keyed by the secret
 * given when the webhook was created (or generated then and shown once). Nothing in the
 * request is timestamped: the de-duplication store is the only defence against a replay.
 * https://devcenter.heroku.com/articles/app-webhooks#securing-webhook-requests
 */
export function verifyHeroku(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifyHmac(SCHEME, req.rawBody, secrets, req.headers[HEADER]);
}

export function signHeroku(req: SigningInput, secret: string) {
  return { [HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const SCHEME: HmacScheme = {
  header: 'X-Trello-Webhook',
  algorithm: 'sha1',
  encoding: 'base64',
  mismatchHint:
    'check the application secret and that the callback URL registered with Trello is ' +
    'exactly the ingest URL',
};

/** Trello signs the raw body followed by the callback URL, exactly as registered. */
function signedBytes(req: Pick<IngestRequest, 'rawBody' | 'callbackUrl'>): Buffer {
  return Buffer.concat([req.rawBody, Buffer.from(req.callbackUrl, 'utf8')]);
}

/**
 * Trello signs `raw body ‖ callback URL` with HMAC-SHA1 keyed by the application secret and
 * sends it base64-encoded in `X-Trello-Webhook`. The URL must be the exact string the webhook
 * was registered with: the URL the request reached us on (behind a proxy, with or without a
 * trailing slash) would not match.
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures
 */
export function verifyTrello(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifyHmac(SCHEME, signedBytes(req), secrets, req.headers['x-trello-webhook']);
}

export function signTrello(req: SigningInput, secret: string) {
  return { 'x-trello-webhook': hmacSignature(SCHEME, secret, signedBytes(req)) };
}

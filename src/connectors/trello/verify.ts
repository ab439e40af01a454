import { createHmac } from 'node:crypto';
import { safeEqual } from '../timing-safe.js';
import type { IngestRequest, VerifyResult } from '../types.js';

/**
 * Trello signs `raw body ‖ callback URL` with HMAC-SHA1 keyed by the application secret and
 * sends it base64-encoded in `X-Trello-Webhook`. The URL must be the exact string the webhook
 * was registered with: the URL the request reached us on (behind a proxy, with or without a
 * trailing slash) would not match.
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/#webhook-signatures
 */
export function verifyTrello(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  // HMAC accepts an empty key, and anyone can sign with it: a blank secret is no secret.
  const keys = secrets.filter((secret) => secret !== '');
  if (keys.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: 'the connector has no non-empty secret to check X-Trello-Webhook against',
    };
  }
  const signature = req.headers['x-trello-webhook']?.trim();
  if (!signature) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: 'X-Trello-Webhook header is missing' };
  }
  const signed = Buffer.concat([req.rawBody, Buffer.from(req.callbackUrl, 'utf8')]);
  // Several secrets while one is being rotated out: any of them may have signed.
  for (const secret of keys) {
    const expected = createHmac('sha1', secret).update(signed).digest('base64');
    if (safeEqual(signature, expected)) return { ok: true };
  }
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message:
      'X-Trello-Webhook does not match: check the application secret and that the callback URL ' +
      'registered with Trello is exactly the ingest URL',
  };
}

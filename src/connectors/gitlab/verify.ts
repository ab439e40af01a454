import {
  sharedSecretHeaders,
  verifySharedSecret,
  type SharedSecretScheme,
} from '../kit/shared-secret.js';
import { STANDARD_WEBHOOK_HEADERS, verifyStandardWebhook } from '../kit/standard-webhooks.js';
import { staleTimestamp } from '../kit/timestamp.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

const TOKEN_HEADER = 'x-gitlab-token';

const TOKEN: SharedSecretScheme = {
  header: TOKEN_HEADER,
  where: 'the webhook’s Secret token field (or give the connector its Signing token)',
};

/**
 * GitLab proves a hook two ways, and the connector's secret may be either:
 * - a signing token (Standard Webhooks): `webhook-signature` over the id, timestamp and
 *   body, refused when the timestamp is stale;
 * - the legacy secret token, repeated verbatim in `X-Gitlab-Token`.
 * GitLab sends `webhook-id` and `webhook-timestamp` on every delivery, so only a
 * `webhook-signature` makes a request a signed one. While a hook moves from one to the other
 * it may carry both, and the connector may still hold the secret token: a signature that
 * fails leaves the token to be checked, unless its timestamp is stale, which is what a
 * captured request replayed looks like.
 */
export function verifyGitLab(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  if (!req.headers[STANDARD_WEBHOOK_HEADERS.signature]?.trim()) {
    return verifySharedSecret(TOKEN, req.headers, secrets);
  }
  const signed = verifyStandardWebhook(req, secrets);
  if (signed.ok || !req.headers[TOKEN_HEADER]?.trim()) return signed;
  const { timestamp } = STANDARD_WEBHOOK_HEADERS;
  if (staleTimestamp(timestamp, req.headers[timestamp], req.receivedAt)) return signed;
  const token = verifySharedSecret(TOKEN, req.headers, secrets);
  return token.ok ? token : signed;
}

/** What GitLab sends with a secret token; the relay's test requests are signed this way. */
export function signGitLab(_req: SigningInput, secret: string): Record<string, string> {
  return sharedSecretHeaders(TOKEN, secret);
}

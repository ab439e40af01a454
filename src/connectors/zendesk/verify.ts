import { DEFAULT_TOLERANCE_SECONDS } from '../kit/timestamp.js';
import { hmacSignature, usableSecrets, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';
import { isoSeconds, staleTimestamp } from '../kit/timestamp.js';

const SIGNATURE = 'x-zendesk-webhook-signature';
const TIMESTAMP = 'x-zendesk-webhook-signature-timestamp';

export const REPLAY_TOLERANCE_SECONDS = DEFAULT_TOLERANCE_SECONDS;

const SCHEME: HmacScheme = {
  header: 'X-Zendesk-Webhook-Signature',
  algorithm: 'sha256',
  encoding: 'base64',
  mismatchHint: "check that the connector's secret is the webhook's signing secret",
};

/** Zendesk signs the timestamp header's exact text followed by the body, no separator. */
function signedBytes(timestamp: string, rawBody: Buffer): Buffer {
  return Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
}

/**
 * `X-Zendesk-Webhook-Signature` = base64(HMAC-SHA256(signing secret,
 * `X-Zendesk-Webhook-Signature-Timestamp` + raw body)). The timestamp is signed, so a
 * captured request replayed later is refused once it is more than five minutes old.
 * https://developer.zendesk.com/documentation/webhooks/verifying/
 */
export function verifyZendesk(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const signature = req.headers[SIGNATURE];
  const timestamp = req.headers[TIMESTAMP];
  // Without a usable secret or a signature there is nothing to check the time for.
  if (usableSecrets(secrets).length === 0 || !signature?.trim()) {
    return verifyHmac(SCHEME, req.rawBody, secrets, signature);
  }
  const stale = staleTimestamp(
    'X-Zendesk-Webhook-Signature-Timestamp',
    timestamp,
    req.receivedAt,
    REPLAY_TOLERANCE_SECONDS,
    'iso',
  );
  if (stale) return stale;
  const signedTimestamp = timestamp?.trim() ?? '';
  return verifyHmac(SCHEME, signedBytes(signedTimestamp, req.rawBody), secrets, signature);
}

export function signZendesk(req: SigningInput, secret: string) {
  const timestamp = isoSeconds(req.receivedAt);
  return {
    [TIMESTAMP]: timestamp,
    [SIGNATURE]: hmacSignature(SCHEME, secret, signedBytes(timestamp, req.rawBody)),
  };
}

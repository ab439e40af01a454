import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';
import { usableSecrets } from './hmac.js';
import { DEFAULT_TOLERANCE_SECONDS, staleTimestamp, unixSeconds } from './timestamp.js';

/**
 * Standard Webhooks (standardwebhooks.com), as Svix-based senders and GitLab's signing token
 * send it: `webhook-signature` lists `v1,<base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")>`
 * entries separated by spaces (one per key the sender signs with during a rotation), and
 * `webhook-timestamp` is refused when it is more than five minutes from the receive time.
 */
export interface StandardWebhookHeaders {
  /** Lower-case header names; Svix's own senders use `svix-id`, `svix-timestamp`, `svix-signature`. */
  id: string;
  timestamp: string;
  signature: string;
}

export const STANDARD_WEBHOOK_HEADERS: StandardWebhookHeaders = {
  id: 'webhook-id',
  timestamp: 'webhook-timestamp',
  signature: 'webhook-signature',
};

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DIGEST_BYTES = 32;
/** A sender lists one signature per active key: more than a handful is not a rotation. */
const MAX_SIGNATURES = 8;

/**
 * The HMAC key a secret stands for: the base64 after `whsec_` (how Standard Webhooks and
 * GitLab hand out signing secrets), or the secret's own UTF-8 bytes when it has no such
 * prefix. Undefined when nothing usable is left: an empty key is one anyone can sign with.
 */
export function standardWebhookKey(secret: string): Buffer | undefined {
  if (!secret.startsWith(SECRET_PREFIX)) {
    return secret === '' ? undefined : Buffer.from(secret, 'utf8');
  }
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded)) return undefined;
  const key = Buffer.from(encoded, 'base64');
  return key.length > 0 ? key : undefined;
}

function digest(key: Buffer, id: string, timestamp: string, body: Buffer): Buffer {
  return createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest();
}

/** The `v1,<base64>` entry a sender holding `secret` would send. */
export function standardWebhookSignature(
  secret: string,
  id: string,
  timestamp: string,
  body: Buffer,
): string {
  // Signing never refuses: a key the verifier cannot use is still signed with, so it fails there.
  const key = standardWebhookKey(secret) ?? Buffer.from(secret, 'utf8');
  return `v1,${digest(key, id, timestamp, body).toString('base64')}`;
}

/** The 32-byte digests of the `v1` entries; other versions (`v1a`, ed25519) are skipped. */
function v1Digests(value: string): Buffer[] {
  const found: Buffer[] = [];
  for (const entry of value.split(' ').slice(0, MAX_SIGNATURES)) {
    const comma = entry.indexOf(',');
    if (comma < 0 || entry.slice(0, comma) !== 'v1') continue;
    const encoded = entry.slice(comma + 1);
    if (!BASE64.test(encoded)) continue;
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length === DIGEST_BYTES) found.push(bytes);
  }
  return found;
}

/**
 * Checks a Standard Webhooks signature against each secret (several during a rotation),
 * constant-time per comparison. The timestamp is checked first: a stale request is refused
 * whatever its signature says, since it is what a captured request replayed looks like.
 */
export function verifyStandardWebhook(
  req: Pick<IngestRequest, 'headers' | 'rawBody' | 'receivedAt'>,
  secrets: readonly string[],
  names: StandardWebhookHeaders = STANDARD_WEBHOOK_HEADERS,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): VerifyResult {
  const keys = usableSecrets(secrets)
    .map(standardWebhookKey)
    .filter((key): key is Buffer => key !== undefined);
  if (keys.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message:
        `the connector has no usable secret to check ${names.signature} against ` +
        `(a ${SECRET_PREFIX} secret must be followed by base64)`,
    };
  }
  const signature = req.headers[names.signature]?.trim();
  if (!signature) {
    return {
      ok: false,
      code: 'SIGNATURE_MISSING',
      message: `${names.signature} header is missing`,
    };
  }
  const id = req.headers[names.id]?.trim();
  if (!id) {
    return { ok: false, code: 'SIGNATURE_MISSING', message: `${names.id} header is missing` };
  }
  // Blank is refused as missing by the freshness check.
  const timestamp = req.headers[names.timestamp]?.trim() ?? '';
  const stale = staleTimestamp(names.timestamp, timestamp, req.receivedAt, toleranceSeconds);
  if (stale) return stale;

  const given = v1Digests(signature);
  if (given.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_INVALID',
      message: `${names.signature} has no entry of the form v1,<base64 HMAC-SHA256>`,
    };
  }
  let matched = false;
  for (const key of keys) {
    const expected = digest(key, id, timestamp, req.rawBody);
    for (const bytes of given) matched = timingSafeEqual(expected, bytes) || matched;
  }
  if (matched) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: `${names.signature} does not match the id, timestamp and body for any configured secret`,
  };
}

/**
 * The headers a Standard Webhooks sender would add when signing `req` with `secret` at its
 * receive time. The message id is the request's own when it has one, else one derived from
 * the body, so signing the same request twice gives the same id.
 */
export function signStandardWebhook(
  req: SigningInput,
  secret: string,
  names: StandardWebhookHeaders = STANDARD_WEBHOOK_HEADERS,
): Record<string, string> {
  const id = req.headers[names.id]?.trim() || derivedId(req.rawBody);
  const timestamp = unixSeconds(req.receivedAt);
  return {
    [names.id]: id,
    [names.timestamp]: timestamp,
    [names.signature]: standardWebhookSignature(secret, id, timestamp, req.rawBody),
  };
}

function derivedId(body: Buffer): string {
  return `msg_${createHash('sha256').update(body).digest('hex').slice(0, 26)}`;
}

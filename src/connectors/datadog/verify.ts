import { formField, isFormBody, parseJsonObject } from '../kit/body.js';
import { usableSecrets } from '../kit/hmac.js';
import {
  sharedSecretHeaders,
  verifySharedSecret,
  type SharedSecretScheme,
} from '../kit/shared-secret.js';
import { safeEqual } from '../kit/timing-safe.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

/**
 * Datadog signs nothing. The webhook's Custom Headers (or its Basic auth method) can carry the
 * connector's secret, and templates that predate custom headers put it in a `secret` field.
 */
const SCHEME: SharedSecretScheme = {
  where:
    'a custom header ({"Authorization": "Bearer <secret>"} or X-Relay-Token), the Basic auth ' +
    'password, or a "secret" field of the payload',
};

const MAX_SECRET = 1024;

/** The payload's top-level `secret` string, JSON or form-encoded, if it has one. */
function bodySecret(req: IngestRequest): string | undefined {
  const text = req.rawBody.toString('utf8');
  if (isFormBody(req)) return formField(text, 'secret');
  const parsed = parseJsonObject(text);
  if (!parsed.ok) return undefined;
  const payload = parsed.payload as Record<string, unknown>;
  const value = Object.hasOwn(payload, 'secret') ? payload.secret : undefined;
  return typeof value === 'string' && value.length <= MAX_SECRET ? value : undefined;
}

/** A header credential is checked first; failing that, the payload's `secret` field. */
export function verifyDatadog(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const byHeader = verifySharedSecret(SCHEME, req.headers, secrets);
  if (byHeader.ok) return byHeader;
  const keys = usableSecrets(secrets);
  const given = keys.length > 0 ? bodySecret(req) : undefined;
  if (given === undefined) return byHeader;
  let matched = false;
  for (const key of keys) matched = safeEqual(given, key) || matched;
  if (matched) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: "the payload's secret field does not match the connector's secret",
  };
}

/** As a webhook with Custom Headers {"Authorization": "Bearer <secret>"} sends it. */
export function signDatadog(_req: SigningInput, secret: string): Record<string, string> {
  return sharedSecretHeaders(SCHEME, secret);
}

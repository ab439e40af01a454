import { hmacSignature, verifyHmac, type HmacScheme } from '../kit/hmac.js';
import { verifySharedSecret, type SharedSecretScheme } from '../kit/shared-secret.js';
import { staleTimestamp } from '../kit/timestamp.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

export const SIGNATURE_HEADER = 'x-grafana-alerting-signature';
/** Grafana has no default name for it; this is the one its docs use, and the one we read. */
export const TIMESTAMP_HEADER = 'x-grafana-alerting-signature-timestamp';

const SCHEME: HmacScheme = {
  header: 'X-Grafana-Alerting-Signature',
  algorithm: 'sha256',
  encoding: 'hex',
  mismatchHint:
    "check the contact point's HMAC secret, and that its timestamp header (if any) is " +
    'X-Grafana-Alerting-Signature-Timestamp',
};

const SHARED: SharedSecretScheme = {
  where:
    "the contact point's HMAC signature secret, or its Basic auth password or Authorization " +
    'credentials',
};

/**
 * Grafana 12+ signs `[<unix seconds> ":"] <raw body>`: the timestamp part only when a timestamp
 * header is configured, and then it must be fresh. The secret, algorithm and header names are
 * grafana/alerting `http/hmac.go`.
 */
function signedBytes(rawBody: Buffer, timestamp: string | undefined): Buffer {
  return timestamp === undefined
    ? rawBody
    : Buffer.concat([Buffer.from(`${timestamp}:`, 'utf8'), rawBody]);
}

/**
 * A signed request is checked by its signature alone. Without one, the connector's secret is
 * looked for where every Grafana version can put it: the contact point's Basic auth password or
 * its `Authorization` credentials. One secret serves both, so a connector keeps working when
 * the contact point moves from Basic auth to HMAC.
 */
export function verifyGrafana(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  const signature = req.headers[SIGNATURE_HEADER]?.trim();
  if (!signature) return verifySharedSecret(SHARED, req.headers, secrets);
  const timestamp = req.headers[TIMESTAMP_HEADER]?.trim() || undefined;
  if (timestamp !== undefined) {
    const stale = staleTimestamp(
      'X-Grafana-Alerting-Signature-Timestamp',
      timestamp,
      req.receivedAt,
    );
    if (stale) return stale;
  }
  return verifyHmac(SCHEME, signedBytes(req.rawBody, timestamp), secrets, signature);
}

/** As Grafana signs with no timestamp header configured, its default. */
export function signGrafana(req: SigningInput, secret: string): Record<string, string> {
  return { [SIGNATURE_HEADER]: hmacSignature(SCHEME, secret, req.rawBody) };
}

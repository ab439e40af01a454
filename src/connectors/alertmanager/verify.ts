import {
  sharedSecretHeaders,
  verifySharedSecret,
  type SharedSecretScheme,
} from '../kit/shared-secret.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

/**
 * Alertmanager signs nothing. Its `http_config` sends a credential the relay compares with the
 * connector's secret: `authorization` (Bearer by default) or `basic_auth`.
 */
const SCHEME: SharedSecretScheme = {
  where: 'http_config.authorization.credentials, or the http_config.basic_auth password',
};

export function verifyAlertmanager(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifySharedSecret(SCHEME, req.headers, secrets);
}

/** As `http_config: {authorization: {credentials: <secret>}}` sends it. */
export function signAlertmanager(_req: SigningInput, secret: string): Record<string, string> {
  return sharedSecretHeaders(SCHEME, secret);
}

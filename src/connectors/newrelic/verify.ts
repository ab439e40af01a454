import {
  sharedSecretHeaders,
  verifySharedSecret,
  type SharedSecretScheme,
} from '../kit/shared-secret.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

/** New Relic signs nothing: a webhook destination can send Basic or Bearer auth, or a header. */
const SCHEME: SharedSecretScheme = {
  where:
    "the webhook destination's authorization (Bearer token = the secret, or Basic with the " +
    'secret as password) or a custom header X-Relay-Token',
};

export function verifyNewRelic(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifySharedSecret(SCHEME, req.headers, secrets);
}

export function signNewRelic(_req: SigningInput, secret: string): Record<string, string> {
  return sharedSecretHeaders(SCHEME, secret);
}

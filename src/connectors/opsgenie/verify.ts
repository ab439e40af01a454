import {
  RELAY_TOKEN_HEADER,
  verifySharedSecret,
  type SharedSecretScheme,
} from '../kit/shared-secret.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

/** Opsgenie signs nothing: the integration's custom headers are the only place for a secret. */
const SCHEME: SharedSecretScheme = {
  where:
    'a custom header of the Opsgenie Webhook integration: X-Relay-Token = the secret, or ' +
    'Authorization = Bearer <secret>',
};

export function verifyOpsgenie(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifySharedSecret(SCHEME, req.headers, secrets);
}

/** The header the setup hint asks for. */
export function signOpsgenie(_req: SigningInput, secret: string): Record<string, string> {
  return { [RELAY_TOKEN_HEADER]: secret };
}

import { verifySharedSecret, type SharedSecretScheme } from '../kit/shared-secret.js';
import type { IngestRequest, SigningInput, VerifyResult } from '../types.js';

/**
 * Azure DevOps signs nothing. A Web Hooks subscription can send HTTP Basic credentials
 * (`basicAuthUsername` / `basicAuthPassword`) and extra header lines (`httpHeaders`), so the
 * connector's secret is checked in either: the Basic password (any user name) or an
 * `X-Relay-Token: <secret>` header line, or `Authorization: Bearer <secret>` typed as one.
 */
const SCHEME: SharedSecretScheme = {
  where:
    'the subscription’s Basic authentication password (any user name), or an ' +
    '"X-Relay-Token: <secret>" line under HTTP headers',
};

export function verifyAzureDevOps(req: IngestRequest, secrets: readonly string[]): VerifyResult {
  return verifySharedSecret(SCHEME, req.headers, secrets);
}

/** The user name Azure DevOps would send; the relay reads only the password. */
const BASIC_USER = 'azure-devops';

/** What Azure DevOps sends with Basic authentication set: the secret as the password. */
export function signAzureDevOps(_req: SigningInput, secret: string): Record<string, string> {
  const pair = Buffer.from(`${BASIC_USER}:${secret}`, 'utf8').toString('base64');
  return { authorization: `Basic ${pair}` };
}

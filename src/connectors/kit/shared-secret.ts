import type { VerifyResult } from '../types.js';
import { noUsableSecret, usableSecrets } from './hmac.js';
import { safeEqual } from './timing-safe.js';

/**
 * Where a sender without signatures can repeat a secret: most let the user set HTTP Basic
 * credentials, an `Authorization` value or a custom header. The relay accepts the connector's
 * secret in any of them:
 * - `Authorization: Bearer <secret>` (or any other scheme word: `Token <secret>`);
 * - `Authorization: Basic base64(<user>:<secret>)`, any user name, or `<secret>` being the
 *   whole `user:password` pair;
 * - the sender's own header when it has one (`X-Gitlab-Token`), and `X-Relay-Token`.
 */
export interface SharedSecretScheme {
  /** The sender's own header for the token, lower-case, if it has one. */
  header?: string;
  /** How the sender's settings name the place to put it, for messages. */
  where: string;
}

export const RELAY_TOKEN_HEADER = 'x-relay-token';

/** Every value in the request that could be the secret, in the order above. */
function candidates(
  scheme: SharedSecretScheme,
  headers: Readonly<Record<string, string | undefined>>,
): string[] {
  const found: string[] = [];
  const authorization = headers.authorization?.trim();
  if (authorization) {
    const [word = '', ...rest] = authorization.split(/\s+/);
    const value = rest.join(' ');
    if (/^basic$/i.test(word)) {
      const pair = Buffer.from(value, 'base64').toString('utf8');
      const colon = pair.indexOf(':');
      found.push(pair);
      if (colon >= 0) found.push(pair.slice(colon + 1));
    } else if (value) {
      found.push(value);
    }
  }
  for (const name of [scheme.header, RELAY_TOKEN_HEADER]) {
    const value = name ? headers[name]?.trim() : undefined;
    if (value) found.push(value);
  }
  return found;
}

/** Constant-time comparison of every candidate against every secret (no early exit). */
export function verifySharedSecret(
  scheme: SharedSecretScheme,
  headers: Readonly<Record<string, string | undefined>>,
  secrets: readonly string[],
): VerifyResult {
  const keys = usableSecrets(secrets);
  if (keys.length === 0) return noUsableSecret('the request');
  const given = candidates(scheme, headers);
  if (given.length === 0) {
    return {
      ok: false,
      code: 'SIGNATURE_MISSING',
      message: `no credential was sent; put the connector's secret in ${scheme.where}`,
    };
  }
  let matched = false;
  for (const value of given) for (const key of keys) matched = safeEqual(value, key) || matched;
  if (matched) return { ok: true };
  return {
    ok: false,
    code: 'SIGNATURE_INVALID',
    message: `the credential sent does not match the connector's secret (${scheme.where})`,
  };
}

/** The header the sender would send: its own when it has one, otherwise a bearer token. */
export function sharedSecretHeaders(
  scheme: SharedSecretScheme,
  secret: string,
): Record<string, string> {
  return scheme.header ? { [scheme.header]: secret } : { authorization: `Bearer ${secret}` };
}

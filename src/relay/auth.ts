import { timingSafeEqual } from 'node:crypto';
import { RelayError } from '../core/errors.js';
import { hashToken } from '../core/ids.js';
import type { Principal } from '../core/policy.js';
import type { Store } from '../store/index.js';

/** The token of `Authorization: Bearer <token>`, if the header has that form. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  return match?.[1];
}

/** Resolves a token to the admin or a user; undefined when the relay does not know it. */
export async function principalForToken(
  store: Store,
  token: string,
): Promise<Principal | undefined> {
  return principalForTokenHash(store, hashToken(token));
}

/** The same, from the token's hash: what a dashboard session keeps instead of the token. */
export async function principalForTokenHash(
  store: Store,
  hash: string,
): Promise<Principal | undefined> {
  const adminHash = await store.org.getAdminTokenHash();
  if (adminHash && timingSafeEqual(Buffer.from(adminHash), Buffer.from(hash))) {
    return { kind: 'admin', id: 'admin', name: 'admin' };
  }
  // Lookup by hash: the token itself never reaches Redis.
  const user = await store.users.findByTokenHash(hash);
  if (!user) return undefined;
  return { kind: user.admin ? 'admin' : 'user', id: user.id, name: user.name };
}

/** `Authorization: Bearer <token>` to the admin or a user; 401 otherwise. */
export async function authenticate(
  store: Store,
  authorization: string | undefined,
): Promise<Principal> {
  const token = bearerToken(authorization);
  if (!token) throw new RelayError('UNAUTHENTICATED', 'send Authorization: Bearer <token>');
  const principal = await principalForToken(store, token);
  if (!principal) throw new RelayError('UNAUTHENTICATED', 'unknown token');
  return principal;
}

export function requireAdmin(p: Principal): void {
  if (p.kind !== 'admin') throw new RelayError('FORBIDDEN', 'only an org admin may do this');
}

import type { Request, RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { RelayError } from '../core/errors.js';
import { hashToken } from '../core/ids.js';
import type { Principal } from '../core/policy.js';
import type { Store } from '../store/index.js';

/** Resolves `Authorization: Bearer <token>` to the admin or a user; 401 otherwise. */
export function authenticate(store: Store): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1]) throw new RelayError('UNAUTHENTICATED', 'send Authorization: Bearer <token>');
    const hash = hashToken(match[1]);
    const adminHash = await store.org.getAdminTokenHash();
    if (adminHash && timingSafeEqual(Buffer.from(adminHash), Buffer.from(hash))) {
      res.locals.principal = { kind: 'admin', id: 'admin', name: 'admin' } satisfies Principal;
      return next();
    }
    // Lookup by hash: the token itself never reaches Redis.
    const user = await store.users.findByTokenHash(hash);
    if (!user) throw new RelayError('UNAUTHENTICATED', 'unknown token');
    res.locals.principal = {
      kind: user.admin ? 'admin' : 'user',
      id: user.id,
      name: user.name,
    } satisfies Principal;
    next();
  };
}

export function principalOf(res: { locals: Record<string, unknown> }): Principal {
  const p = res.locals.principal as Principal | undefined;
  if (!p) throw new RelayError('UNAUTHENTICATED', 'not authenticated');
  return p;
}

export function requireAdmin(p: Principal): void {
  if (p.kind !== 'admin') throw new RelayError('FORBIDDEN', 'only an org admin may do this');
}

export type { Request };

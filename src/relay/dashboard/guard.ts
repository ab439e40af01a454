import type { Request, RequestHandler } from 'express';
import { RelayError } from '../../core/errors.js';
import type { Principal } from '../../core/policy.js';
import type { Store } from '../../store/index.js';
import { authenticate, principalForTokenHash, requireAdmin } from '../auth.js';
import { sessionIdOf, type DashboardSessions } from './session.js';

export const SIGN_IN_PATH = '/admin/sign-in';
export const SIGN_OUT_PATH = '/admin/sign-out';
/** The dashboard. */
export const HOME = '/admin';
/** bull-board, for org admins. */
export const QUEUES_PATH = '/admin/queues';
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request that changes state must not be taken as the admin's own, if it must not.
 * The session cookie is SameSite=Strict, so other sites cannot make a browser send it; but a
 * sibling subdomain is the same *site*, and a forged sign-in (with the attacker's own token)
 * needs no cookie at all. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin, and pages cannot forge either: anything but this origin is refused. A client that
 * sends neither is not a browser, and no other site can make it send anything.
 */
export function crossOriginReason(
  headers: Readonly<Record<string, string | undefined>>,
  own: { protocol: string; host: string | undefined },
  origins: readonly string[],
): string | undefined {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site is ${site}`;
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  return origin === `${own.protocol}://${own.host ?? ''}` || origins.includes(origin)
    ? undefined
    : `Origin ${origin} is not this relay`;
}

/** Only a path under the admin pages may be returned to after signing in: no open redirect. */
export function nextPath(value: unknown): string {
  if (typeof value !== 'string') return HOME;
  const base = 'http://relay.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return HOME;
  }
  const inside = url.pathname === HOME || url.pathname.startsWith(`${HOME}/`);
  return url.origin === base && inside ? url.pathname + url.search : HOME;
}

export interface SignedIn {
  principal: Principal;
  csrf: string;
}

/**
 * The signed-in caller of a browser request, if its cookie names a live session whose token
 * still works: a reset token or a deleted user ends every session opened with it.
 */
export async function sessionOf(
  cookieHeader: string | undefined,
  deps: { store: Store; sessions: DashboardSessions },
): Promise<SignedIn | undefined> {
  const sessionId = sessionIdOf(cookieHeader);
  const session = sessionId ? await deps.sessions.get(sessionId) : undefined;
  if (!session) return undefined;
  const principal = await principalForTokenHash(deps.store, session.tokenHash);
  return principal ? { principal, csrf: session.csrf } : undefined;
}

export async function sessionPrincipal(
  cookieHeader: string | undefined,
  deps: { store: Store; sessions: DashboardSessions },
): Promise<Principal | undefined> {
  return (await sessionOf(cookieHeader, deps))?.principal;
}

export interface AdminPagesGuard {
  store: Store;
  sessions: DashboardSessions;
  /** Origins the admin pages are served from besides the request's own: PUBLIC_URL's. */
  origins: readonly string[];
}

const headersOf = (req: Request) => ({
  'sec-fetch-site': req.get('sec-fetch-site'),
  origin: req.get('origin'),
});

/**
 * Lets only an org admin through to a mounted admin app (bull-board): a script with
 * `Authorization: Bearer`, or a browser with a session cookie. A browser that has neither is
 * sent to the sign-in page; anything else gets the API's 401 or 403.
 */
export function requireAdminPages(deps: AdminPagesGuard): RequestHandler {
  return async (req, res, next) => {
    res.set('x-frame-options', 'DENY');
    // Job data and counts are not for shared caches; bull-board's own script bundle may be kept.
    if (!req.path.startsWith('/static/')) res.set('cache-control', 'no-store');
    const authorization = req.get('authorization');
    if (authorization !== undefined) {
      requireAdmin(await authenticate(deps.store, authorization));
      return next();
    }
    const principal = await sessionPrincipal(req.get('cookie'), deps);
    if (!principal) {
      const page = req.method === 'GET' || req.method === 'HEAD';
      if (page && req.accepts(['json', 'html']) === 'html') {
        return res.redirect(302, `${SIGN_IN_PATH}?next=${encodeURIComponent(req.originalUrl)}`);
      }
      throw new RelayError(
        'UNAUTHENTICATED',
        `sign in at ${SIGN_IN_PATH}, or send Authorization: Bearer <admin token>`,
      );
    }
    // The cookie rides along with whatever the browser sends: writes must come from these pages.
    const own = { protocol: req.protocol, host: req.get('host') };
    const crossOrigin = SAFE_METHODS.has(req.method)
      ? undefined
      : crossOriginReason(headersOf(req), own, deps.origins);
    if (crossOrigin) throw new RelayError('FORBIDDEN', `refused: ${crossOrigin}`);
    requireAdmin(principal);
    next();
  };
}

import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { RelayError } from '../core/errors.js';
import type { Principal } from '../core/policy.js';
import { principalOf, requireAdmin } from './auth.js';
import {
  clearSessionCookie,
  sessionIdOf,
  setSessionCookie,
  type CookieOptions,
  type DashboardSessions,
} from './dashboard-session.js';
import { signInPage, signedInPage } from './dashboard-pages.js';

export const SIGN_IN_PATH = '/admin/sign-in';
export const SIGN_OUT_PATH = '/admin/sign-out';
const HOME = '/admin/queues';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AdminAuthDeps {
  sessions: DashboardSessions;
  /** The API's bearer check (auth.ts `authenticate`): the only place a token is resolved. */
  bearer: RequestHandler;
  cookie: CookieOptions;
  /** Origins the admin pages are served from besides the request's own: PUBLIC_URL's. */
  origins: readonly string[];
}

/**
 * Why a request that changes state must not be taken as the admin's own, if it must not.
 * The session cookie is SameSite=Strict, so other sites cannot make a browser send it; but a
 * sibling subdomain is the same *site*, and a forged sign-in (with the attacker's own token)
 * needs no cookie at all. Browsers say where a request comes from in Sec-Fetch-Site and
 * Origin, and pages cannot forge either: anything but this origin is refused. A client that
 * sends neither is not a browser, and no other site can make it send anything.
 */
export function crossOriginReason(req: Request, origins: readonly string[]): string | undefined {
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin') return `Sec-Fetch-Site is ${site}`;
  const origin = req.get('origin');
  if (origin === undefined) return undefined;
  const own = `${req.protocol}://${req.get('host') ?? ''}`;
  return origin === own || origins.includes(origin)
    ? undefined
    : `Origin ${origin} is not this relay`;
}

function sameOriginOnly(
  origins: readonly string[],
  refuse: (res: Response, reason: string) => void,
): RequestHandler {
  return (req, res, next) => {
    const reason = crossOriginReason(req, origins);
    if (reason) return refuse(res, reason);
    next();
  };
}

/** Only a path under the queue dashboard may be returned to after signing in: no open redirect. */
function nextPath(value: unknown): string {
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

/** The auth.ts check, run on a token typed into the form instead of sent in a header. */
async function principalForToken(
  bearer: RequestHandler,
  token: string,
): Promise<Principal | undefined> {
  const authorization = `Bearer ${token}`;
  const header = (name: string) =>
    name.toLowerCase() === 'authorization' ? authorization : undefined;
  const req = { headers: { authorization }, get: header, header };
  const res = { locals: {} };
  try {
    await bearer(req as unknown as Request, res as unknown as Response, () => {});
  } catch (err) {
    if (err instanceof RelayError && err.code === 'UNAUTHENTICATED') return undefined;
    throw err;
  }
  return principalOf(res);
}

async function sessionPrincipal(
  req: Request,
  sessions: DashboardSessions,
): Promise<Principal | undefined> {
  const sessionId = sessionIdOf(req);
  return sessionId ? sessions.principalOf(sessionId) : undefined;
}

/**
 * Lets only an org admin through to the admin pages: a script with `Authorization: Bearer`
 * (checked by the API's own middleware), or a browser with a session cookie. A browser that
 * has neither is sent to the sign-in page; anything else gets the API's 401 or 403.
 */
export function requireAdminPages(deps: AdminAuthDeps): RequestHandler {
  return async (req, res, next) => {
    res.set('x-frame-options', 'DENY');
    // Job data and counts are not for shared caches; bull-board's own script bundle may be kept.
    if (!req.path.startsWith('/static/')) res.set('cache-control', 'no-store');
    if (req.get('authorization') !== undefined) {
      await deps.bearer(req, res, () => {});
      requireAdmin(principalOf(res));
      return next();
    }
    const principal = await sessionPrincipal(req, deps.sessions);
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
    const crossOrigin = SAFE_METHODS.has(req.method)
      ? undefined
      : crossOriginReason(req, deps.origins);
    if (crossOrigin) throw new RelayError('FORBIDDEN', `refused: ${crossOrigin}`);
    requireAdmin(principal);
    res.locals.principal = principal;
    next();
  };
}

/** GET/POST /admin/sign-in and /admin/sign-out: the browser's way into the admin pages. */
export function signInRoutes(deps: AdminAuthDeps): Router {
  const { sessions } = deps;
  const router = Router();
  // Checked before the body is read, so a forged post costs a header lookup.
  const signInOrigin = sameOriginOnly(deps.origins, (res, reason) =>
    signInPage(res, 403, HOME, `Refused (${reason}): sign in from this page.`),
  );
  const signOutOrigin = sameOriginOnly(deps.origins, (_res, reason) => {
    throw new RelayError('FORBIDDEN', `refused: ${reason}`);
  });
  const form = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 });

  router.get(SIGN_IN_PATH, async (req, res) => {
    const principal = await sessionPrincipal(req, sessions);
    if (principal) return signedInPage(res, principal, HOME, SIGN_OUT_PATH);
    signInPage(res, 200, nextPath(req.query.next));
  });

  router.post(SIGN_IN_PATH, signInOrigin, form, async (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const target = nextPath(body.next);
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    const principal = token ? await principalForToken(deps.bearer, token) : undefined;
    if (!principal) return signInPage(res, 401, target, 'That token is not valid.');
    if (principal.kind !== 'admin') {
      return signInPage(res, 403, target, 'Only an org admin may open the admin pages.');
    }
    // A fresh id at every sign-in (no fixation); the session it replaces ends.
    const previous = sessionIdOf(req);
    if (previous) await sessions.close(previous);
    setSessionCookie(res, await sessions.open(principal), sessions.ttlSeconds, deps.cookie);
    res.set('cache-control', 'no-store').redirect(303, target);
  });

  router.get(SIGN_OUT_PATH, async (req, res) => {
    const principal = await sessionPrincipal(req, sessions);
    if (principal) return signedInPage(res, principal, HOME, SIGN_OUT_PATH);
    res.redirect(303, SIGN_IN_PATH);
  });

  router.post(SIGN_OUT_PATH, signOutOrigin, async (req, res) => {
    const sessionId = sessionIdOf(req);
    if (sessionId) await sessions.close(sessionId);
    clearSessionCookie(res, deps.cookie);
    res.set('cache-control', 'no-store').redirect(303, SIGN_IN_PATH);
  });

  return router;
}

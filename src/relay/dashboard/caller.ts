import { RelayError } from '../../core/errors.js';
import type { Principal } from '../../core/policy.js';
import { authenticate } from '../auth.js';
import type { AppDeps } from '../context.js';
import { SAFE_METHODS, SIGN_IN_PATH, crossOriginReason, sessionOf } from './guard.js';
import { CSRF_HEADER, csrfMatches } from './session.js';

export interface CallerRequest {
  method: string;
  /** Header names lower-cased. */
  headers: Readonly<Record<string, string | undefined>>;
  origin: { protocol: string; host: string | undefined };
}

/**
 * Who is calling an API operation: a script with `Authorization: Bearer`, or a dashboard page
 * with the session cookie. The dashboard calls the very operations scripts call, so what a
 * person may see and do there is what the API allows them, by construction.
 *
 * A cookie rides along with whatever the browser sends, so a write carried by one must come
 * from this relay's pages: same origin (Sec-Fetch-Site / Origin), and the session's CSRF token
 * in `X-CSRF-Token`, which only a page served to that session knows.
 */
export async function callerOf(deps: AppDeps, req: CallerRequest): Promise<Principal> {
  const authorization = req.headers.authorization;
  const sessions = deps.sessions;
  if (authorization !== undefined || !sessions) return authenticate(deps.store, authorization);
  const session = await sessionOf(req.headers.cookie, { store: deps.store, sessions });
  if (!session) {
    throw new RelayError(
      'UNAUTHENTICATED',
      `send Authorization: Bearer <token>, or sign in at ${SIGN_IN_PATH}`,
    );
  }
  if (SAFE_METHODS.has(req.method.toUpperCase())) return session.principal;
  const crossOrigin = crossOriginReason(req.headers, req.origin, [
    new URL(deps.config.publicUrl).origin,
  ]);
  if (crossOrigin) throw new RelayError('FORBIDDEN', `refused: ${crossOrigin}`);
  if (!csrfMatches(session.csrf, req.headers[CSRF_HEADER])) {
    throw new RelayError(
      'FORBIDDEN',
      'refused: a write with the session cookie needs the page’s X-CSRF-Token header',
    );
  }
  return session.principal;
}

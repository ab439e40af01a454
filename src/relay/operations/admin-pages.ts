import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { principalForToken } from '../auth.js';
import type { AppDeps } from '../context.js';
import {
  HOME,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  crossOriginReason,
  nextPath,
  sessionPrincipal,
} from '../dashboard-auth.js';
import { PAGE_HEADERS, signInPage, signedInPage } from '../dashboard-pages.js';
import { clearedSessionCookie, sessionCookie, sessionIdOf } from '../dashboard-session.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { queueBoard } from '../queue-dashboard.js';

const html = (description: string) => ({ description, type: 'text/html' as const });
const redirect = (description: string) => ({ description, headers: { Location: 'Where to go.' } });

const SignIn = requestSchema(
  'SignIn',
  z.object({
    token: z.string().max(1000).optional().meta({ description: 'The admin token.' }),
    next: z.string().max(2000).optional().meta({ description: 'The admin page to return to.' }),
  }),
);

/** The admin pages are served where the queue is: api processes started by main/. */
function dashboardOf(deps: AppDeps) {
  if (!deps.queueDashboard) throw new RelayError('NOT_FOUND', 'no admin pages in this process');
  return deps.queueDashboard;
}

function cookieOptions(deps: AppDeps) {
  return { secure: new URL(deps.config.publicUrl).protocol === 'https:' };
}

const origins = (deps: AppDeps) => [new URL(deps.config.publicUrl).origin];

export const adminPageOperations = [
  {
    id: 'queueDashboard',
    kind: 'mount' as const,
    path: HOME,
    tag: 'operations',
    summary: 'The BullMQ queue dashboard (read-only), for the org admin',
    description:
      'Its pages and its JSON under /admin/queues/api/ are bull-board’s own. A browser without ' +
      'a session is sent to /admin/sign-in; a script sends the admin token as a bearer header. ' +
      'Jobs carry only a channel id: nothing shown holds a webhook URL or secret.',
    security: 'admin-pages' as const,
    responses: {
      200: html('The dashboard.'),
      302: redirect('No session: to the sign-in page, coming back here after.'),
      401: { description: 'No or an unknown token.' },
      403: { description: 'The token is not an org admin’s.' },
    },
    router: queueBoard,
  },

  defineOperation({
    id: 'dashboardSignInPage',
    method: 'get',
    path: SIGN_IN_PATH,
    tag: 'operations',
    summary: 'The sign-in form of the admin pages',
    access: 'public',
    query: z.object({ next: z.string().max(2000).optional() }),
    responses: { 200: html('The form (or who is signed in).') },
  }).handle(async ({ deps, headers, query }) => {
    const principal = await sessionPrincipal(headers.cookie, dashboardOf(deps).sessions);
    const body = principal
      ? signedInPage(principal, HOME, SIGN_OUT_PATH)
      : signInPage(nextPath(query.next));
    return { status: 200, headers: PAGE_HEADERS, body };
  }),

  defineOperation({
    id: 'dashboardSignIn',
    method: 'post',
    path: SIGN_IN_PATH,
    tag: 'operations',
    summary: 'Sign in with the admin token; sets the session cookie',
    description:
      'The cookie is HttpOnly, SameSite=Strict, Path=/admin, expires after 8 hours, and is ' +
      'Secure when PUBLIC_URL is https. Posts from another origin are refused before the body ' +
      'is read.',
    access: 'public',
    body: { kind: 'form', schema: SignIn },
    bodyLimit: 4 * 1024,
    responses: {
      303: redirect('Signed in: back to the page asked for.'),
      401: html('Not a valid token: the form again.'),
      403: html('Not an org admin, or posted from another origin: the form again.'),
    },
  })
    .before(({ deps, headers, origin }) => {
      const reason = crossOriginReason(headers, origin, origins(deps));
      if (!reason) return undefined;
      const body = signInPage(HOME, `Refused (${reason}): sign in from this page.`);
      return { status: 403, headers: PAGE_HEADERS, body };
    })
    .handle(async ({ deps, headers, body }) => {
      const { sessions } = dashboardOf(deps);
      const target = nextPath(body.next);
      const token = body.token?.trim() ?? '';
      const principal = token ? await principalForToken(deps.store, token) : undefined;
      if (!principal) {
        return {
          status: 401,
          headers: PAGE_HEADERS,
          body: signInPage(target, 'That token is not valid.'),
        };
      }
      if (principal.kind !== 'admin') {
        return {
          status: 403,
          headers: PAGE_HEADERS,
          body: signInPage(target, 'Only an org admin may open the admin pages.'),
        };
      }
      // A fresh id at every sign-in (no fixation); the session it replaces ends.
      const previous = sessionIdOf(headers.cookie);
      if (previous) await sessions.close(previous);
      const sessionId = await sessions.open(principal);
      const cookie = sessionCookie(
        sessionId,
        sessions.ttlSeconds,
        deps.clock.now(),
        cookieOptions(deps),
      );
      return {
        status: 303,
        headers: { 'set-cookie': cookie, 'cache-control': 'no-store', location: target },
      };
    }),

  defineOperation({
    id: 'dashboardSignOutPage',
    method: 'get',
    path: SIGN_OUT_PATH,
    tag: 'operations',
    summary: 'A page with the sign-out button',
    access: 'public',
    responses: {
      200: html('The button.'),
      303: redirect('Not signed in: to the sign-in page.'),
    },
  }).handle(async ({ deps, headers }) => {
    const principal = await sessionPrincipal(headers.cookie, dashboardOf(deps).sessions);
    if (!principal) return { status: 303, headers: { location: SIGN_IN_PATH } };
    return {
      status: 200,
      headers: PAGE_HEADERS,
      body: signedInPage(principal, HOME, SIGN_OUT_PATH),
    };
  }),

  defineOperation({
    id: 'dashboardSignOut',
    method: 'post',
    path: SIGN_OUT_PATH,
    tag: 'operations',
    summary: 'End the session and clear the cookie',
    access: 'public',
    responses: { 303: redirect('Signed out: to the sign-in page.') },
    errors: { FORBIDDEN: 'posted from another origin' },
  }).handle(async ({ deps, headers, origin }) => {
    const reason = crossOriginReason(headers, origin, origins(deps));
    if (reason) throw new RelayError('FORBIDDEN', `refused: ${reason}`);
    const sessionId = sessionIdOf(headers.cookie);
    if (sessionId) await dashboardOf(deps).sessions.close(sessionId);
    return {
      status: 303,
      headers: {
        'set-cookie': clearedSessionCookie(cookieOptions(deps)),
        'cache-control': 'no-store',
        location: SIGN_IN_PATH,
      },
    };
  }),
];

import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { hashToken } from '../../core/ids.js';
import { principalForTokenHash } from '../auth.js';
import type { AppDeps } from '../context.js';
import { ASSETS_PATH, dashboardAssets } from '../dashboard/assets.js';
import {
  HOME,
  QUEUES_PATH,
  SIGN_IN_PATH,
  SIGN_OUT_PATH,
  crossOriginReason,
  nextPath,
  sessionOf,
  sessionPrincipal,
} from '../dashboard/guard.js';
import {
  DASHBOARD_HEADERS,
  PAGE_HEADERS,
  dashboardPage,
  signInPage,
  signedInPage,
} from '../dashboard/pages.js';
import { queueBoard } from '../dashboard/queue-board.js';
import { clearedSessionCookie, sessionCookie, sessionIdOf } from '../dashboard/session.js';
import { defineOperation, type MountSpec } from '../http/operation.js';
import { errorSchema } from '../schemas/common.js';
import { requestSchema } from '../http/schema-registry.js';

const html = (description: string) => ({ description, type: 'text/html' as const });
const redirect = (description: string) => ({ description, headers: { Location: 'Where to go.' } });

const SignIn = requestSchema(
  'SignIn',
  z.object({
    token: z
      .string()
      .max(1000)
      .optional()
      .meta({ description: 'The admin token or a user token.' }),
    next: z.string().max(2000).optional().meta({ description: 'The admin page to return to.' }),
  }),
);

/** The admin pages are served by api processes started by main/ (they hold the sessions). */
function sessionsOf(deps: AppDeps) {
  if (!deps.sessions) throw new RelayError('NOT_FOUND', 'no admin pages in this process');
  return deps.sessions;
}

const signedInDeps = (deps: AppDeps) => ({ store: deps.store, sessions: sessionsOf(deps) });

function cookieOptions(deps: AppDeps) {
  return { secure: new URL(deps.config.publicUrl).protocol === 'https:' };
}

const origins = (deps: AppDeps) => [new URL(deps.config.publicUrl).origin];

const queueDashboardMount: MountSpec = {
  id: 'queueDashboard',
  kind: 'mount',
  path: QUEUES_PATH,
  tag: 'operations',
  summary: 'The BullMQ queue dashboard (read-only), for the org admin',
  description:
    'Its pages and its JSON under /admin/queues/api/ are bull-board’s own. A browser without ' +
    'a session is sent to /admin/sign-in; a script sends the admin token as a bearer header. ' +
    'Jobs carry only a channel id: nothing shown holds a webhook URL or secret.',
  security: 'admin-pages',
  responses: {
    200: html('The queue dashboard.'),
    302: redirect('No session: to the sign-in page, coming back here after.'),
    401: { description: 'No or an unknown token.', schema: errorSchema },
    403: { description: 'The caller is not an org admin.', schema: errorSchema },
  },
  router: queueBoard,
};

const dashboardAssetsMount: MountSpec = {
  id: 'dashboardAssets',
  kind: 'mount',
  path: ASSETS_PATH,
  tag: 'operations',
  summary: 'The dashboard’s scripts, styles and card renderer (static, no data)',
  security: 'none',
  responses: {
    200: {
      description: 'The file: a script module, a style sheet, or the card renderer.',
      type: ['text/javascript', 'text/css'],
    },
    404: { description: 'No such file.', schema: errorSchema },
  },
  router: dashboardAssets,
};

export const adminPageOperations = [
  queueDashboardMount,
  dashboardAssetsMount,

  defineOperation({
    id: 'dashboard',
    method: 'get',
    path: HOME,
    tag: 'operations',
    summary: 'The dashboard, for admins and team members',
    description:
      'One page; its scripts call the API operations with the session cookie, so a person ' +
      'sees and may do there exactly what the API lets their token do.',
    access: 'public',
    responses: {
      200: html('The dashboard.'),
      302: redirect('No session: to the sign-in page, coming back here after.'),
    },
  }).handle(async ({ deps, headers }) => {
    const session = await sessionOf(headers.cookie, signedInDeps(deps));
    if (!session) {
      return {
        status: 302,
        headers: { location: `${SIGN_IN_PATH}?next=${encodeURIComponent(HOME)}` },
      };
    }
    return {
      status: 200,
      headers: DASHBOARD_HEADERS,
      body: dashboardPage(session.principal, session.csrf, SIGN_OUT_PATH),
    };
  }),

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
    const principal = await sessionPrincipal(headers.cookie, signedInDeps(deps));
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
    summary: 'Sign in with the admin token or a user token; sets the session cookie',
    description:
      'The cookie is HttpOnly, SameSite=Strict, Path=/, expires after 8 hours, and is Secure ' +
      'when PUBLIC_URL is https. Posts from another origin are refused before the body is read.',
    access: 'public',
    body: { kind: 'form', schema: SignIn },
    bodyLimit: 4 * 1024,
    responses: {
      303: redirect('Signed in: back to the page asked for.'),
      401: html('Not a valid token: the form again.'),
      403: html('Posted from another origin: the form again.'),
    },
  })
    .before(({ deps, headers, origin }) => {
      const reason = crossOriginReason(headers, origin, origins(deps));
      if (!reason) return undefined;
      const body = signInPage(HOME, `Refused (${reason}): sign in from this page.`);
      return { status: 403, headers: PAGE_HEADERS, body };
    })
    .handle(async ({ deps, headers, body }) => {
      const sessions = sessionsOf(deps);
      const target = nextPath(body.next);
      const token = body.token?.trim() ?? '';
      const tokenHash = hashToken(token);
      const principal = token ? await principalForTokenHash(deps.store, tokenHash) : undefined;
      if (!principal) {
        return {
          status: 401,
          headers: PAGE_HEADERS,
          body: signInPage(target, 'That token is not valid.'),
        };
      }
      // A fresh id at every sign-in (no fixation); the session it replaces ends.
      const previous = sessionIdOf(headers.cookie);
      if (previous) await sessions.close(previous);
      const sessionId = await sessions.open(tokenHash);
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
    const principal = await sessionPrincipal(headers.cookie, signedInDeps(deps));
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
    if (sessionId) await sessionsOf(deps).close(sessionId);
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

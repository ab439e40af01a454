import type { Json } from './helpers.js';

/** Where browser-facing pages are described: HTML, not the JSON API. */
const html = (description: string): Json => ({
  description,
  content: { 'text/html': { schema: { type: 'string' } } },
});
const redirect = (description: string): Json => ({
  description,
  headers: { Location: { schema: { type: 'string' } } },
});
const DASHBOARD_SECURITY = [{ bearerAuth: [] }, { adminSession: [] }];

/**
 * The queue dashboard (bull-board, read-only) and its sign-in. Mounted in api processes only;
 * a browser signs in with the admin token and gets a session cookie.
 */
export const dashboardPaths: Record<string, Json> = {
  '/admin/queues': {
    get: {
      operationId: 'queueDashboard',
      tags: ['operations'],
      summary: 'The BullMQ queue dashboard (read-only), for the org admin',
      description:
        'Its pages and its JSON under /admin/queues/api/ are bull-board’s own. A browser without ' +
        'a session is sent to /admin/sign-in; a script sends the admin token as a bearer header. ' +
        'Jobs carry only a channel id: nothing shown holds a webhook URL or secret.',
      security: DASHBOARD_SECURITY,
      responses: {
        '200': html('The dashboard.'),
        '302': redirect('No session: to the sign-in page, coming back here after.'),
        '401': html('No or an unknown token (JSON for scripts).'),
        '403': html('The token is not an org admin’s.'),
      },
    },
  },
  '/admin/sign-in': {
    get: {
      operationId: 'dashboardSignInPage',
      tags: ['operations'],
      summary: 'The sign-in form of the admin pages',
      responses: { '200': html('The form (or who is signed in).') },
    },
    post: {
      operationId: 'dashboardSignIn',
      tags: ['operations'],
      summary: 'Sign in with the admin token; sets the session cookie',
      description:
        'The cookie is HttpOnly, SameSite=Strict, Path=/admin, expires after 8 hours, and is ' +
        'Secure when PUBLIC_URL is https. Posts from another origin are refused.',
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              properties: { token: { type: 'string' }, next: { type: 'string' } },
              required: ['token'],
            },
          },
        },
      },
      responses: {
        '303': redirect('Signed in: back to the page asked for.'),
        '401': html('Not a valid token: the form again.'),
        '403': html('Not an org admin, or posted from another origin: the form again.'),
      },
    },
  },
  '/admin/sign-out': {
    get: {
      operationId: 'dashboardSignOutPage',
      tags: ['operations'],
      summary: 'A page with the sign-out button',
      responses: {
        '200': html('The button.'),
        '303': redirect('Not signed in: to the sign-in page.'),
      },
    },
    post: {
      operationId: 'dashboardSignOut',
      tags: ['operations'],
      summary: 'End the session and clear the cookie',
      responses: {
        '303': redirect('Signed out: to the sign-in page.'),
        '403': { description: 'Posted from another origin.' },
      },
    },
  },
};

import type { Principal } from '../../core/policy.js';
import { ASSETS_PATH } from './assets.js';

const TITLE = 'connector-relay';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

/** Never cached and never framed (no clickjacking); no script at all. */
export const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  'referrer-policy': 'same-origin',
} as const;

/**
 * The dashboard runs only the relay's own scripts (no inline script, no eval) and talks only
 * to the relay. Card previews may show images from anywhere, as Teams would; the card
 * renderer sets styles on the elements it builds.
 */
export const DASHBOARD_HEADERS = {
  ...PAGE_HEADERS,
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
    "img-src 'self' data: https:; connect-src 'self'; form-action 'self'; " +
    "frame-ancestors 'none'; base-uri 'none'",
} as const;

function page(body: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${TITLE}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem}' +
    'label,input,button{display:block;font:inherit;margin:.4rem 0}input{width:100%;padding:.4rem}' +
    `.error{color:#b00020}</style></head><body><h1>${TITLE}</h1>${body}</body></html>`
  );
}

/** The sign-in form; it posts the token (form-encoded) back to the path it was served from. */
export function signInPage(next: string, error?: string): string {
  return page(
    (error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '') +
      '<form method="post">' +
      `<input type="hidden" name="next" value="${escapeHtml(next)}">` +
      '<label for="token">Your token (the admin token or a user token)</label>' +
      '<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>' +
      '<button type="submit">Sign in</button></form>',
  );
}

export function signedInPage(principal: Principal, home: string, signOutPath: string): string {
  return page(
    `<p>Signed in as ${escapeHtml(principal.name)}. <a href="${home}">Dashboard</a></p>` +
      `<form method="post" action="${signOutPath}"><button type="submit">Sign out</button></form>`,
  );
}

/**
 * The dashboard's one page: the scripts under /admin/assets draw every view into it from the
 * API. The session's CSRF token is written into the page, so only pages served to that
 * session can make writes with its cookie (dashboard/caller.ts).
 */
export function dashboardPage(principal: Principal, csrf: string, signOutPath: string): string {
  const who = escapeHtml(principal.name);
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${TITLE}</title>` +
    `<meta name="csrf-token" content="${escapeHtml(csrf)}">` +
    `<link rel="stylesheet" href="${ASSETS_PATH}/dashboard.css">` +
    `<script src="${ASSETS_PATH}/vendor/adaptivecards.min.js" defer></script>` +
    `<script type="module" src="${ASSETS_PATH}/app.js"></script>` +
    '</head><body>' +
    '<a class="skip" href="#main">Skip to content</a>' +
    `<header><span class="brand">${TITLE}</span>` +
    '<nav aria-label="Sections"><ul id="nav"></ul></nav>' +
    `<form method="post" action="${signOutPath}" class="signout">` +
    `<span class="who">${who}${principal.kind === 'admin' ? ' (admin)' : ''}</span>` +
    '<button type="submit">Sign out</button></form></header>' +
    '<div id="status" role="status" aria-live="polite"></div>' +
    '<main id="main" tabindex="-1"><p>Loading…</p></main>' +
    '<noscript><p>The dashboard needs JavaScript; the API at /api/v1 works without it.</p></noscript>' +
    '</body></html>'
  );
}

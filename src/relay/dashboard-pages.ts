import type { Principal } from '../core/policy.js';

const TITLE = 'connector-relay admin';

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
      '<label for="token">Admin token</label>' +
      '<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>' +
      '<button type="submit">Sign in</button></form>',
  );
}

export function signedInPage(principal: Principal, home: string, signOutPath: string): string {
  return page(
    `<p>Signed in as ${escapeHtml(principal.name)}. <a href="${home}">Queue dashboard</a></p>` +
      `<form method="post" action="${signOutPath}"><button type="submit">Sign out</button></form>`,
  );
}

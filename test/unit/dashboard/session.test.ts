import { describe, expect, it } from 'vitest';
import { crossOriginReason, nextPath } from '../../../src/relay/dashboard/guard.js';
import { DASHBOARD_HEADERS, dashboardPage } from '../../../src/relay/dashboard/pages.js';
import {
  SESSION_COOKIE,
  clearedSessionCookie,
  csrfMatches,
  sessionCookie,
  sessionIdOf,
} from '../../../src/relay/dashboard/session.js';

const ID = 'a'.repeat(43);
const own = { protocol: 'http', host: 'relay.test:3000' };

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Strict, for the whole site (pages call /api), with an expiry', () => {
    const cookie = sessionCookie(ID, 3600, Date.UTC(2026, 0, 1), { secure: false });
    const parts = cookie.split('; ');
    expect(parts[0]).toBe(`${SESSION_COOKIE}=${ID}`);
    expect(parts).toEqual(
      expect.arrayContaining(['Max-Age=3600', 'Path=/', 'HttpOnly', 'SameSite=Strict']),
    );
    expect(parts).toContain('Expires=Thu, 01 Jan 2026 01:00:00 GMT');
    expect(parts).not.toContain('Secure');
    expect(sessionCookie(ID, 1, 0, { secure: true }).split('; ')).toContain('Secure');
    expect(clearedSessionCookie({ secure: false })).toMatch(/^relay_session=; Max-Age=0;/);
  });

  it('is read back only when it has the shape of an id the relay makes', () => {
    expect(sessionIdOf(`other=1; ${SESSION_COOKIE}=${ID}`)).toBe(ID);
    expect(sessionIdOf(`${SESSION_COOKIE}=short`)).toBeUndefined();
    expect(sessionIdOf(`${SESSION_COOKIE}=${'a'.repeat(42)}!`)).toBeUndefined();
    expect(sessionIdOf(undefined)).toBeUndefined();
    expect(sessionIdOf(`x${SESSION_COOKIE}=${ID}`)).toBeUndefined();
  });
});

describe('CSRF and origin checks', () => {
  it('accepts only the exact CSRF token', () => {
    expect(csrfMatches('token-1', 'token-1')).toBe(true);
    expect(csrfMatches('token-1', 'token-2')).toBe(false);
    expect(csrfMatches('token-1', 'token-1 ')).toBe(false);
    expect(csrfMatches('token-1', '')).toBe(false);
    expect(csrfMatches('token-1', undefined)).toBe(false);
  });

  it('refuses what another site or origin sends, and lets this origin and non-browsers through', () => {
    expect(crossOriginReason({ 'sec-fetch-site': 'same-origin' }, own, [])).toBeUndefined();
    expect(crossOriginReason({ origin: 'http://relay.test:3000' }, own, [])).toBeUndefined();
    expect(crossOriginReason({}, own, [])).toBeUndefined();
    expect(crossOriginReason({ 'sec-fetch-site': 'same-site' }, own, [])).toMatch(/same-site/);
    expect(crossOriginReason({ 'sec-fetch-site': 'cross-site' }, own, [])).toMatch(/cross-site/);
    expect(crossOriginReason({ origin: 'https://evil.example' }, own, [])).toMatch(/evil/);
    expect(crossOriginReason({ origin: 'null' }, own, [])).toMatch(/null/);
    // Behind a TLS proxy the browser's origin is PUBLIC_URL's.
    expect(
      crossOriginReason({ origin: 'https://relay.example' }, own, ['https://relay.example']),
    ).toBeUndefined();
  });

  it('returns after sign-in only to a page of the dashboard: no open redirect', () => {
    expect(nextPath('/admin')).toBe('/admin');
    expect(nextPath('/admin/queues?x=1')).toBe('/admin/queues?x=1');
    for (const evil of ['https://evil.example/admin', '//evil.example/admin', '/api/v1/org', 7]) {
      expect(nextPath(evil)).toBe('/admin');
    }
    expect(nextPath('/administrator')).toBe('/admin');
  });
});

describe('the dashboard page', () => {
  it('carries the CSRF token, escapes the name, and allows only its own scripts', () => {
    const page = dashboardPage(
      { kind: 'user', id: 'usr_1', name: '<img src=x onerror=alert(1)>' },
      'csrf"token',
      '/admin/sign-out',
    );
    expect(page).toContain('<meta name="csrf-token" content="csrf&quot;token">');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const csp = DASHBOARD_HEADERS['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(DASHBOARD_HEADERS['cache-control']).toBe('no-store');
  });
});

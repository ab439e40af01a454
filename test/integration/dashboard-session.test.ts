import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createTeam, type Scenario } from '../support/scenario.js';

/**
 * The dashboard calls the API with its session cookie: reads as the signed-in token would,
 * writes only with the page's CSRF token from the same origin, and never after the token
 * that opened the session stops working.
 */
describe('the API with a dashboard session', () => {
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    relay = await startTestRelay();
    s = await createTeam(relay, { name: 'Original' });
  });
  afterAll(async () => {
    await relay?.close();
  });

  async function signIn(token: string) {
    const res = await fetch(`${relay.url}/admin/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'sec-fetch-site': 'same-origin',
      },
      body: new URLSearchParams({ token }).toString(),
    });
    expect(res.status).toBe(303);
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
    const page = await fetch(`${relay.url}/admin`, { headers: { cookie } });
    expect(page.status).toBe(200);
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(await page.text())![1]!;
    return { cookie, csrf };
  }

  const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    fetch(relay.url + path, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : null,
    });
  const teamName = async () =>
    (await relay.api('GET', `/api/v1/teams/${s.teamId}`)).body.name as string;

  it('reads with the cookie alone, as the token that signed in', async () => {
    const { cookie } = await signIn(s.ownerToken);
    const me = await call('GET', '/api/v1/me', { cookie });
    expect(me.status).toBe(200);
    expect(((await me.json()) as any).teams.map((t: any) => t.id)).toEqual([s.teamId]);
    // Still a user: the API's rules hold, whatever the door.
    expect((await call('GET', '/api/v1/org', { cookie })).status).toBe(403);
  });

  it('refuses a write without the CSRF token, with a wrong one, or from another origin', async () => {
    const { cookie, csrf } = await signIn(s.ownerToken);
    const path = `/api/v1/teams/${s.teamId}`;
    const refused: Array<Record<string, string>> = [
      { cookie },
      { cookie, 'x-csrf-token': 'not-the-token' },
      { cookie, 'x-csrf-token': csrf, origin: 'https://evil.example' },
      { cookie, 'x-csrf-token': csrf, 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of refused) {
      const res = await call('PATCH', path, headers, { name: 'Forged' });
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as any).error.code).toBe('FORBIDDEN');
    }
    expect(await teamName()).toBe('Original');
    const ok = await call('PATCH', path, { cookie, 'x-csrf-token': csrf }, { name: 'Renamed' });
    expect(ok.status).toBe(200);
    expect(await teamName()).toBe('Renamed');
    // A bearer token needs no CSRF token: no browser sends it on its own.
    const script = await relay.api('PATCH', path, { name: 'Original' }, s.ownerToken);
    expect(script.status).toBe(200);
  });

  it('ends every session of a token that is reset, and of a user that is deleted', async () => {
    const user = await relay.api('POST', '/api/v1/users', { name: 'Leaky' });
    const { cookie } = await signIn(user.body.token);
    expect((await call('GET', '/api/v1/me', { cookie })).status).toBe(200);
    const reset = await relay.api('POST', `/api/v1/users/${user.body.id}/token`);
    expect(reset.status).toBe(200);
    expect((await call('GET', '/api/v1/me', { cookie })).status).toBe(401);
    const dashboard = await fetch(`${relay.url}/admin`, {
      headers: { cookie },
      redirect: 'manual',
    });
    expect(dashboard.status).toBe(302);

    const second = await signIn(reset.body.token);
    expect((await call('GET', '/api/v1/me', { cookie: second.cookie })).status).toBe(200);
    expect((await relay.api('DELETE', `/api/v1/users/${user.body.id}`)).status).toBe(204);
    expect((await call('GET', '/api/v1/me', { cookie: second.cookie })).status).toBe(401);
  });

  it('lists teams and users as each caller may see them', async () => {
    const other = await createTeam(relay, { name: 'Other' });
    const mine = await relay.api('GET', '/api/v1/teams', undefined, s.ownerToken);
    expect(mine.body.teams).toEqual([expect.objectContaining({ id: s.teamId, role: 'owner' })]);
    const all = await relay.api('GET', '/api/v1/teams');
    expect(all.body.teams.map((t: any) => t.id)).toEqual(
      expect.arrayContaining([s.teamId, other.teamId]),
    );
    expect(all.body.teams.every((t: any) => t.role === undefined)).toBe(true);
    const users = await relay.api('GET', '/api/v1/users');
    expect(users.status).toBe(200);
    expect(JSON.stringify(users.body)).not.toContain(s.ownerToken);
    expect(users.body.users.map((u: any) => u.id)).toContain(s.ownerId);
    expect((await relay.api('GET', '/api/v1/users', undefined, s.ownerToken)).status).toBe(403);
  });
});

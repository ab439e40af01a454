import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { githubPush } from '../e2e/payloads.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, testRedisUrl, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';

const COOKIE = 'relay_session';
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * bull-board at /admin/queues, on a real relay and Redis. An api-only relay, so flush jobs
 * stay in the queue where the dashboard can show them.
 */
describe('queue dashboard', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let redis: Redis;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({
      RELAY_ROLE: 'api',
      DESTINATION_HOSTS: new URL(teams.origin).host,
    });
    redis = new Redis(testRedisUrl());
    s = await createTeam(relay);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
    redis?.disconnect();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(relay.url + path, { headers, redirect: 'manual' });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const sameOrigin = () => ({ origin: relay.url, 'sec-fetch-site': 'same-origin' });
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(relay.url + path, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
  const signIn = (token: string, headers: Record<string, string> = sameOrigin()) =>
    post('/admin/sign-in', new URLSearchParams({ token, next: '/admin/queues' }).toString(), {
      accept: BROWSER_ACCEPT,
      ...headers,
    });
  const sessionCookie = (res: Response) =>
    res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  const cookieHeader = (setCookie: string) => ({ cookie: setCookie.split(';')[0]! });
  const sessionKeys = () => redis.keys(`${relay.prefix}:session:*`);

  async function queuesApi(headers: Record<string, string>, query = '') {
    const res = await get(`/admin/queues/api/queues${query}`, headers);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      cacheControl: res.headers.get('cache-control'),
      body: (await res.json()) as any,
    };
  }

  it('serves every admin page /openapi.json documents, with a documented status', async () => {
    const doc = (await (await fetch(`${relay.url}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const pages = Object.entries(doc.paths).filter(([path]) => path.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const [path, item] of pages) {
      for (const [method, op] of Object.entries(item)) {
        const res =
          method === 'post'
            ? await post(path, '', { ...bearer(relay.adminToken), ...sameOrigin() })
            : await get(path, bearer(relay.adminToken));
        expect(Object.keys(op.responses), `${method} ${path}`).toContain(String(res.status));
      }
    }
  });

  it('lets a script in with the admin bearer token: the page, and the API listing the queue', async () => {
    const page = await get('/admin/queues', bearer(relay.adminToken));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('<base href="/admin/queues/"');
    expect(html).toContain('id="root"');

    const api = await queuesApi(bearer(relay.adminToken));
    expect(api.status).toBe(200);
    expect(api.type).toMatch(/^application\/json/);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toEqual(['deliveries']);
    expect(api.body.queues[0].readOnlyMode).toBe(true);
    expect(api.cacheControl).toBe('no-store');

    // BullMQ 6 moved the Redis client behind the backend; the dashboard's Redis panel works.
    const stats = await get('/admin/queues/api/redis/stats', bearer(relay.adminToken));
    expect(stats.status).toBe(200);
    expect(await stats.json()).toMatchObject({ version: expect.any(String) });
  });

  it('sends a browser without credentials to the sign-in form; scripts get the API 401', async () => {
    const page = await get('/admin/queues', { accept: BROWSER_ACCEPT });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/admin/sign-in?next=%2Fadmin%2Fqueues');

    const form = await get(page.headers.get('location')!, { accept: BROWSER_ACCEPT });
    expect(form.status).toBe(200);
    expect(form.headers.get('content-type')).toMatch(/^text\/html/);
    expect(form.headers.get('cache-control')).toBe('no-store');
    const html = await form.text();
    expect(html).toContain('<form method="post">');
    expect(html).toMatch(/<input[^>]+name="token"[^>]+type="password"/);
    expect(html).toContain('name="next" value="/admin/queues"');

    for (const headers of [{}, bearer('not-a-token')]) {
      const api = await queuesApi(headers);
      expect(api.status).toBe(401);
      expect(api.body.error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('signs an admin in with a session cookie that is not the token, and signs out', async () => {
    const res = await signIn(relay.adminToken);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/admin/queues');
    const setCookie = sessionCookie(res)!;
    expect(setCookie).toBeDefined();
    const attributes = setCookie.split(';').map((a) => a.trim());
    expect(attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/', 'Max-Age=28800']),
    );
    expect(attributes).not.toContain('Secure'); // PUBLIC_URL is http here
    const sessionId = attributes[0]!.slice(COOKIE.length + 1);
    expect(sessionId).not.toContain(relay.adminToken);
    expect(sessionId.length).toBeGreaterThanOrEqual(43);

    // Redis keeps the token's hash and a CSRF token under the store's prefix, keyed by a hash
    // of the id: nothing a browser could present.
    const keys = await sessionKeys();
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain(sessionId);
    const ttl = await redis.ttl(keys[0]!);
    expect(ttl).toBeGreaterThan(8 * 3600 - 60);
    expect(ttl).toBeLessThanOrEqual(8 * 3600);
    const stored = (await redis.get(keys[0]!))!;
    expect(Object.keys(JSON.parse(stored)).sort()).toEqual(['csrf', 'tokenHash']);
    expect(stored).not.toContain(relay.adminToken);
    expect(stored).not.toContain(sessionId);

    const cookie = cookieHeader(setCookie);
    const page = await get('/admin/queues', { ...cookie, accept: BROWSER_ACCEPT });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="root"');
    const api = await queuesApi(cookie);
    expect(api.status).toBe(200);
    expect(api.body.queues.map((q: { name: string }) => q.name)).toEqual(['deliveries']);

    // Signed in, the sign-in page offers to sign out.
    const signedIn = await get('/admin/sign-in', cookie);
    expect(await signedIn.text()).toContain('action="/admin/sign-out"');

    const out = await post('/admin/sign-out', '', { ...cookie, ...sameOrigin() });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/admin/sign-in');
    expect(sessionCookie(out)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await sessionKeys()).toEqual([]);
    expect((await queuesApi(cookie)).status).toBe(401);
    expect((await get('/admin/queues', { ...cookie, accept: BROWSER_ACCEPT })).status).toBe(302);
  });

  it('answers a wrong token with the form and a 401; a user signs in to the dashboard, not the queues', async () => {
    for (const token of ['wrong-token', '']) {
      const res = await signIn(token);
      expect(res.status).toBe(401);
      expect(sessionCookie(res)).toBeUndefined();
      const html = await res.text();
      expect(html).toContain('That token is not valid.');
      expect(html).toContain('name="token"');
    }
    expect(await sessionKeys()).toEqual([]);

    const user = await relay.api('POST', '/api/v1/users', { name: 'Not an admin' });
    const asUser = await signIn(user.body.token);
    expect(asUser.status).toBe(303);
    const cookie = cookieHeader(sessionCookie(asUser)!);
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      for (const headers of [bearer(user.body.token), cookie]) {
        const res = await get(path, headers);
        expect(res.status).toBe(403);
        expect(((await res.json()) as any).error.code).toBe('FORBIDDEN');
      }
    }
    await post('/admin/sign-out', '', { ...cookie, ...sameOrigin() });
    expect(await sessionKeys()).toEqual([]);
  });

  it('refuses a sign-in or a cookie-borne write that another site sends', async () => {
    const forged: Array<Record<string, string>> = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      // A sibling subdomain is the same *site*: SameSite alone would let this through.
      { origin: 'http://sibling.localhost', 'sec-fetch-site': 'same-site' },
      { origin: 'null' },
    ];
    for (const headers of forged) {
      const res = await signIn(relay.adminToken, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(sessionCookie(res)).toBeUndefined();
    }
    expect(await sessionKeys()).toEqual([]);

    const cookie = cookieHeader(sessionCookie(await signIn(relay.adminToken))!);
    const pause = (headers: Record<string, string>) =>
      fetch(`${relay.url}/admin/queues/api/queues/deliveries/pause`, { method: 'PUT', headers });
    expect((await pause({ ...cookie, origin: 'https://evil.example' })).status).toBe(403);
    // From the dashboard itself (or a script) the write reaches bull-board: read-only.
    expect((await pause({ ...cookie, ...sameOrigin() })).status).toBe(405);
    expect((await pause(bearer(relay.adminToken))).status).toBe(405);

    const out = await post('/admin/sign-out', '', { ...cookie, origin: 'https://evil.example' });
    expect(out.status).toBe(403);
    expect((await queuesApi(cookie)).status).toBe(200); // still signed in
    await post('/admin/sign-out', '', { ...cookie, ...sameOrigin() });
  });

  it('shows flush jobs whose data is the channel id alone: no webhook URL, no secret', async () => {
    const webhookUrl = teams.workflowsUrl('dashboard');
    const channel = await createChannel(relay, s, webhookUrl);
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const sent = await sendGitHub(connector.ingestUrl, 'push', githubPush(2), {
      secret: connector.secret!,
    });
    expect(sent.status).toBe(202);

    const admin = bearer(relay.adminToken);
    const listed = await queuesApi(admin, '?activeQueue=deliveries&status=latest');
    expect(listed.status).toBe(200);
    const jobs = listed.body.queues[0].jobs as Array<{ id: string; data: unknown }>;
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.data).toEqual({ channelId: channel.id });

    const jobId = encodeURIComponent(jobs[0]!.id);
    const detail = await get(`/admin/queues/api/queues/deliveries/${jobId}`, admin);
    expect(detail.status).toBe(200);
    const flow = await get(`/admin/queues/api/queues/deliveries/${jobId}/flow`, admin);
    expect(flow.status).toBe(200);

    const secrets = [
      webhookUrl,
      new URL(webhookUrl).host,
      new URL(webhookUrl).pathname,
      new URL(webhookUrl).search,
      connector.secret!,
      new URL(connector.ingestUrl).pathname.split('/').at(-1)!,
    ];
    for (const text of [JSON.stringify(listed.body), await detail.text(), await flow.text()]) {
      expect(text).not.toContain('://');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
  });
});

describe('queue dashboard behind https', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const relay = await startTestRelay({ PUBLIC_URL: 'https://relay.example.test' });
    try {
      const res = await fetch(`${relay.url}/admin/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          // Behind a TLS proxy the browser's origin is the public one.
          origin: 'https://relay.example.test',
          'sec-fetch-site': 'same-origin',
        },
        body: new URLSearchParams({ token: relay.adminToken }).toString(),
      });
      expect(res.status).toBe(303);
      const setCookie = res.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`))!;
      expect(setCookie.split(';').map((a) => a.trim())).toContain('Secure');
    } finally {
      await relay.close();
    }
  });
});

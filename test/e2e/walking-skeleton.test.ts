import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { validateAdaptiveCard } from '../support/adaptive-validator.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { sendGitHub, sendTrello } from '../support/senders.js';
import { githubPing, githubPullRequestOpened, githubPush, trelloCreateCard } from './payloads.js';

/**
 * A user's whole path, through the public HTTP API only: create a user, a team, a channel
 * with a Workflows URL, a GitHub and a Trello connector; send signed webhooks; see the cards
 * arrive in the (fake) channel.
 */
describe('walking skeleton: GitHub and Trello reach a Teams channel', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let userToken: string;
  let channelId: string;
  let github: { id: string; ingestUrl: string; secret: string };
  let trello: { ingestUrl: string };
  const trelloSecret = 'trello-app-secret-123';

  beforeAll(async () => {
    teams = await startFakeTeams();
    const host = new URL(teams.origin).host;
    relay = await startTestRelay({ DESTINATION_HOSTS: host });

    const user = await relay.api('POST', '/api/v1/users', { name: 'Ada' });
    expect(user.status).toBe(201);
    userToken = user.body.token;
    const team = await relay.api('POST', '/api/v1/teams', {
      name: 'Platform',
      owners: [user.body.id],
    });
    expect(team.status).toBe(201);
    const channel = await relay.api(
      'POST',
      `/api/v1/teams/${team.body.id}/channels`,
      { name: 'deploys', webhookUrl: teams.workflowsUrl('deploys') },
      userToken,
    );
    expect(channel.status).toBe(201);
    expect(channel.body.kind).toBe('workflows');
    expect(JSON.stringify(channel.body)).not.toContain('sig=');
    channelId = channel.body.id;

    const gh = await relay.api(
      'POST',
      `/api/v1/channels/${channelId}/connectors`,
      { type: 'github' },
      userToken,
    );
    expect(gh.status).toBe(201);
    github = gh.body;
    expect(github.secret.length).toBeGreaterThanOrEqual(32);
    const tr = await relay.api(
      'POST',
      `/api/v1/channels/${channelId}/connectors`,
      { type: 'trello', secret: trelloSecret },
      userToken,
    );
    expect(tr.status).toBe(201);
    trello = tr.body;
  });

  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  it('answers GitHub ping with 200 and posts nothing', async () => {
    const res = await sendGitHub(github.ingestUrl, 'ping', githubPing(), { secret: github.secret });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(teams.posts('deploys')).toHaveLength(0);
  });

  it('delivers a signed push as an Adaptive Card in the Workflows envelope', async () => {
    const res = await sendGitHub(github.ingestUrl, 'push', githubPush(3), {
      secret: github.secret,
    });
    expect(res.status).toBe(202);
    expect(res.body.deliveryId).toEqual(expect.any(String));
    const [post] = await teams.waitForPosts('deploys', 1);
    const body = post!.body as any;
    expect(body.type).toBe('message');
    const card = body.attachments[0].content;
    expect(body.attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.version).toBe('1.4');
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('acme/widgets');
    expect(text).toContain('3 new commits');
    expect(text).toContain('Commit number 2');
    expect(post!.landed).toBe(true);

    const deliveries = await eventually(async () => {
      const list = await relay.api(
        'GET',
        `/api/v1/channels/${channelId}/deliveries`,
        undefined,
        userToken,
      );
      const found = list.body.deliveries.find((d: any) => d.id === res.body.deliveryId);
      return found?.state === 'delivered' ? found : undefined;
    });
    expect(deliveries.attempts).toBe(1);
  });

  it('escapes user markdown and never turns a javascript: link into a link', async () => {
    const before = teams.posts('deploys').length;
    const res = await sendGitHub(github.ingestUrl, 'pull_request', githubPullRequestOpened(), {
      secret: github.secret,
    });
    expect(res.status).toBe(202);
    const posts = await teams.waitForPosts('deploys', before + 1);
    const card = (posts.at(-1)!.body as any).attachments[0].content;
    const texts: string[] = [];
    JSON.stringify(card, (key, value: unknown) => {
      if (key === 'text' && typeof value === 'string') texts.push(value);
      return value;
    });
    const all = texts.join('\n');
    expect(all).toContain('#12');
    expect(all).toContain('\\*everything\\*'); // emphasis escaped, shown literally
    // An unescaped "](" would make a link; the sender's javascript: link must stay text.
    expect(all).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(all).toContain('javascript:alert');
    expect(JSON.stringify(card)).toContain('feature/speed');
  });

  it('de-duplicates a redelivered GitHub event by X-GitHub-Delivery', async () => {
    const before = teams.posts('deploys').length;
    const deliveryId = '11111111-2222-3333-4444-555555555555';
    const first = await sendGitHub(github.ingestUrl, 'push', githubPush(1), {
      secret: github.secret,
      deliveryId,
    });
    const second = await sendGitHub(github.ingestUrl, 'push', githubPush(1), {
      secret: github.secret,
      deliveryId,
    });
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ status: 'duplicate', deliveryId: first.body.deliveryId });
    await teams.waitForPosts('deploys', before + 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(teams.posts('deploys')).toHaveLength(before + 1);
  });

  it('accepts form-encoded GitHub payloads', async () => {
    const before = teams.posts('deploys').length;
    const body = 'payload=' + encodeURIComponent(JSON.stringify(githubPush(2)));
    const { createHmac } = await import('node:crypto');
    const signature = 'sha256=' + createHmac('sha256', github.secret).update(body).digest('hex');
    const res = await sendGitHub(github.ingestUrl, 'push', undefined, {
      body,
      signature,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(202);
    const posts = await teams.waitForPosts('deploys', before + 1);
    expect(JSON.stringify(posts.at(-1)!.body)).toContain('2 new commits');
  });

  it('answers Trello HEAD with 200 and delivers a signed action', async () => {
    const head = await fetch(trello.ingestUrl, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const before = teams.posts('deploys').length;
    const res = await sendTrello(trello.ingestUrl, trelloCreateCard('act-1'), {
      secret: trelloSecret,
    });
    expect(res.status).toBe(202);
    const posts = await teams.waitForPosts('deploys', before + 1);
    const card = (posts.at(-1)!.body as any).attachments[0].content;
    expect(validateAdaptiveCard(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('Ship the relay');
    expect(text).toContain('Grace Hopper');
    expect(text).toContain('https://trello.com/c/XyZ12345');

    // Trello has no delivery header: its action id de-duplicates a retried delivery.
    const again = await sendTrello(trello.ingestUrl, trelloCreateCard('act-1'), {
      secret: trelloSecret,
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ status: 'duplicate', deliveryId: res.body.deliveryId });
  });

  it('keeps a large push under 24 KB with a visible "… and N more commits"', async () => {
    const before = teams.posts('deploys').length;
    const payload = githubPush(60);
    for (const c of payload.commits) c.message = `${c.message} ${'long words '.repeat(300)}`;
    const res = await sendGitHub(github.ingestUrl, 'push', payload, { secret: github.secret });
    expect(res.status).toBe(202);
    const posts = await teams.waitForPosts('deploys', before + 1);
    const post = posts.at(-1)!;
    expect(Buffer.byteLength(post.raw)).toBeLessThanOrEqual(24 * 1024);
    expect(post.raw).toContain('60 new commits');
    expect(post.raw).toMatch(/… and \d+ more commits/);
    expect(validateAdaptiveCard((post.body as any).attachments[0].content)).toEqual([]);
  });

  it('exposes ingest and delivery counts on /metrics', async () => {
    const res = await fetch(`${relay.url}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/relay_ingest_requests_total\{status="202",type="github"\} [1-9]/);
    expect(text).toMatch(/relay_ingest_requests_total\{status="200",type="trello"\} [1-9]/);
    expect(text).toMatch(
      /relay_delivery_attempts_total\{kind="workflows",outcome="delivered"\} [1-9]/,
    );
  });

  describe('bad input gets a clear 4xx and queues nothing', () => {
    const queued = async () => (await relay.api('GET', `/api/v1/channels/${channelId}`)).body.queue;
    const deliveryCount = async () =>
      (await relay.api('GET', `/api/v1/channels/${channelId}/deliveries`)).body.deliveries.length;

    it('wrong or missing signature: 401', async () => {
      const count = await deliveryCount();
      const wrong = await sendGitHub(github.ingestUrl, 'push', githubPush(1), {
        secret: 'not-the-secret',
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.error.code).toBe('SIGNATURE_INVALID');
      const missing = await sendGitHub(github.ingestUrl, 'push', githubPush(1));
      expect(missing.status).toBe(401);
      expect(missing.body.error.code).toBe('SIGNATURE_MISSING');
      const trelloWrong = await sendTrello(trello.ingestUrl, trelloCreateCard('act-2'), {
        secret: trelloSecret,
        callbackUrl: trello.ingestUrl + '/',
      });
      expect(trelloWrong.status).toBe(401);
      expect(await deliveryCount()).toBe(count);
      expect((await queued()).queued).toBe(0);
    });

    it('unknown connector or wrong token: 404', async () => {
      const wrongToken = github.ingestUrl.replace(/[^/]+$/, 'nope');
      const res = await sendGitHub(wrongToken, 'push', githubPush(1), { secret: github.secret });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('CONNECTOR_NOT_FOUND');
      const unknown = await sendGitHub(`${relay.url}/hooks/con_missing/abc`, 'push', githubPush(1));
      expect(unknown.status).toBe(404);
    });

    it('malformed body: 400', async () => {
      const count = await deliveryCount();
      const res = await sendGitHub(github.ingestUrl, 'push', undefined, {
        secret: github.secret,
        body: '{"not json',
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('MALFORMED_PAYLOAD');
      const shape = await sendGitHub(
        github.ingestUrl,
        'push',
        { hello: 'world' },
        { secret: github.secret },
      );
      expect(shape.status).toBe(400);
      expect(await deliveryCount()).toBe(count);
    });

    it('other methods: 405 with Allow', async () => {
      const patch = await fetch(github.ingestUrl, { method: 'PATCH', body: '{}' });
      expect(patch.status).toBe(405);
      expect(patch.headers.get('allow')).toBe('GET, HEAD, POST, PUT');
      const head = await fetch(github.ingestUrl, { method: 'HEAD' });
      expect(head.status).toBe(405); // GitHub has no HEAD handshake
      expect(head.headers.get('allow')).toBe('POST, GET');
    });

    it('a large body within INGEST_MAX_BYTES is read whole, not refused at the API limit', async () => {
      const payload = githubPush(1) as Record<string, unknown>;
      // 1 MB of padding in a field GitHub might add: far over the API's 256 KiB, under 5 MB.
      const body = JSON.stringify({ ...payload, padding: 'x'.repeat(1024 * 1024) });
      const res = await sendGitHub(github.ingestUrl, 'push', undefined, {
        secret: github.secret,
        body,
      });
      expect(res.status).toBe(202);
    });

    it('oversized body: 413', async () => {
      const big = 'x'.repeat(5 * 1024 * 1024 + 10);
      const res = await sendGitHub(github.ingestUrl, 'push', undefined, {
        secret: github.secret,
        body: big,
      });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import {
  createChannel,
  createConnector,
  createTeam,
  deliveries,
  type Scenario,
} from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

/** Delivery semantics against a fake Teams that answers as TEAMS.md says, on real Redis. */
describe('delivery', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    s = await createTeam(relay);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  async function channelWithGitHub(url: string, extra: Record<string, unknown> = {}) {
    const channel = await createChannel(relay, s, url, extra);
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const send = (commits = 1) =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(commits), { secret: connector.secret! });
    return { channel, connector, send };
  }

  const stateOf = async (channelId: string, deliveryId: string) =>
    (await deliveries(relay, channelId)).find((d) => d.id === deliveryId);

  it('delivers events to one channel in the order they were accepted', async () => {
    const { send } = await channelWithGitHub(teams.workflowsUrl('order'));
    for (let i = 1; i <= 6; i++) expect((await send(i)).status).toBe(202);
    const posts = await teams.waitForPosts('order', 6);
    const counts = posts.map((p) => /(\d+) new commits?/.exec(p.raw)?.[1]);
    expect(counts).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('retries a 429 after its Retry-After and records both attempts', async () => {
    teams.script('throttled', [{ status: 429, headers: { 'retry-after': '1' } }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('throttled'));
    const res = await send();
    const posts = await teams.waitForPosts('throttled', 2, 10_000);
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(900);
    const d = await eventually(async () => {
      const found = await stateOf(channel.id, res.body.deliveryId);
      return found?.state === 'delivered' ? found : undefined;
    });
    expect(d.attempts).toBe(2);
    expect(d.log.map((l: any) => l.outcome)).toEqual(['retry', 'delivered']);
  });

  it('treats a legacy O365 200 carrying "HTTP error 429" as a retry, and only body 1 as success', async () => {
    teams.script('legacy', [
      {
        status: 200,
        body: 'Webhook message delivery failed with error: Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-canary-eus2-0,cv=deadbeef.0..',
        // Without a header the relay waits 15 s (Microsoft's advice); keep the test quick.
        headers: { 'retry-after': '1' },
      },
    ]);
    const { channel, send } = await channelWithGitHub(teams.o365Url('legacy'));
    expect(channel.kind).toBe('o365');
    const res = await send(2);
    const posts = await teams.waitForPosts('legacy', 2, 15_000);
    const card = posts[1]!.body as any;
    expect(card['@type']).toBe('MessageCard');
    expect(card.summary).toContain('acme/widgets');
    const d = await eventually(async () => {
      const found = await stateOf(channel.id, res.body.deliveryId);
      return found?.state === 'delivered' ? found : undefined;
    });
    expect(d.attempts).toBe(2);
  });

  it('dead-letters a card the destination rejects (400) with the reason, and moves on', async () => {
    teams.script('rejects', [
      { status: 400, body: '{"error":{"code":"InvalidRequestContent","message":"bad card"}}' },
    ]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('rejects'));
    const first = await send(1);
    const second = await send(2);
    await teams.waitForPosts('rejects', 2);
    const dead = await eventually(async () => {
      const found = await stateOf(channel.id, first.body.deliveryId);
      return found?.state === 'dead' ? found : undefined;
    });
    expect(dead.lastError).toMatch(/400/);
    await eventually(
      async () => (await stateOf(channel.id, second.body.deliveryId))?.state === 'delivered',
    );
    const info = await relay.api('GET', `/api/v1/channels/${channel.id}`);
    expect(info.body.queue.dead).toBe(1);
  });

  it('dead-letters a small card the destination calls too large, without resending it', async () => {
    teams.script('too-big-small', [{ status: 413 }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('too-big-small'));
    const res = await send(1);
    const d = await eventually(async () => {
      const found = await stateOf(channel.id, res.body.deliveryId);
      return found?.state === 'dead' ? found : undefined;
    });
    expect(d.lastError).toMatch(/413/);
    expect(teams.posts('too-big-small')).toHaveLength(1);
  });

  it('parks a gone destination, and after rotation delivers what waited, in order, rendered for the new kind', async () => {
    teams.script('gone', [{ status: 410, body: 'connector removed' }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('gone'));
    const first = await send(1);
    await teams.waitForPosts('gone', 1);
    const status = await eventually(async () => {
      const res = await relay.api('GET', `/api/v1/channels/${channel.id}`);
      return res.body.status === 'attention_required' ? res.body : undefined;
    });
    expect(status.statusReason).toMatch(/410|gone/i);
    // Events keep arriving while parked: accepted, held, not posted.
    const second = await send(2);
    expect(second.status).toBe(202);
    await new Promise((r) => setTimeout(r, 300));
    expect(teams.posts('gone')).toHaveLength(1);
    expect((await stateOf(channel.id, first.body.deliveryId)).state).toBe('parked');

    const rotated = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/rotate`,
      { webhookUrl: teams.o365Url('new-home') },
      s.ownerToken,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body).toMatchObject({ status: 'ok', kind: 'o365' });
    const posts = await teams.waitForPosts('new-home', 2);
    expect(posts.map((p) => (p.body as any)['@type'])).toEqual(['MessageCard', 'MessageCard']);
    expect(posts.map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual(['1', '2']);
  });

  it('delivers at once after a rotation, even while a retry backoff for the old URL is pending', async () => {
    teams.script('flaky-old', [{ status: 503, headers: { 'retry-after': '600' } }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('flaky-old'));
    await send(1);
    await teams.waitForPosts('flaky-old', 1);
    await eventually(async () => (await deliveries(relay, channel.id))[0]?.state === 'retrying');
    const rotated = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/rotate`,
      { webhookUrl: teams.workflowsUrl('fresh') },
      s.ownerToken,
    );
    expect(rotated.status).toBe(200);
    await teams.waitForPosts('fresh', 1, 3_000);
  });

  it('posts to many channels on one slow Teams host at once, not a few at a time', async () => {
    const ids = Array.from({ length: 16 }, (_, i) => `slow-host-${i}`);
    const senders = [];
    for (const id of ids) {
      teams.script(id, [{ delayMs: 800 }]);
      senders.push((await channelWithGitHub(teams.workflowsUrl(id))).send);
    }
    await Promise.all(senders.map((send) => send()));
    const arrivals = await eventually(() => {
      const posts = ids.flatMap((id) => teams.posts(id));
      return posts.length === ids.length ? posts.map((p) => p.at) : undefined;
    });
    // A small connection pool would let these in by waves, each a full 800 ms after the last.
    expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeLessThan(600);
  });
});

/**
 * Fairness on a single worker slot: a busy channel must hand the slot back (after a run's
 * post budget, or while it waits to retry), or the quiet channel would wait for all of it.
 */
describe('delivery fairness with one worker slot', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({
      DESTINATION_HOSTS: new URL(teams.origin).host,
      WORKER_CONCURRENCY: '1',
    });
    s = await createTeam(relay);
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const channelFor = async (id: string) => {
    const channel = await createChannel(relay, s, teams.workflowsUrl(id));
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    return () =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(1), { secret: connector.secret! });
  };

  it('a quiet channel is served while a hot channel drains a long backlog', async () => {
    const hot = await channelFor('hot');
    const quiet = await channelFor('quiet');
    teams.script(
      'hot',
      Array.from({ length: 60 }, () => ({ delayMs: 25 })),
    );
    for (let i = 0; i < 60; i++) expect((await hot()).status).toBe(202);
    await teams.waitForPosts('hot', 1);
    await quiet();
    const [quietPost] = await teams.waitForPosts('quiet', 1, 10_000);
    const hotBefore = teams.posts('hot').filter((p) => p.at <= quietPost!.at).length;
    expect(hotBefore).toBeLessThan(60);
  });

  it('a channel waiting to retry does not hold the slot', async () => {
    const flaky = await channelFor('waiting');
    const other = await channelFor('other-one');
    teams.script('waiting', [{ status: 503, headers: { 'retry-after': '30' } }]);
    await flaky();
    await teams.waitForPosts('waiting', 1);
    const started = Date.now();
    await other();
    await teams.waitForPosts('other-one', 1, 5_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

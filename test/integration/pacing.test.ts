import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams, type ReceivedPost } from '../support/fake-teams.js';
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

/** The most posts seen in any window of `ms`, over arrival times. */
function busiestWindow(posts: readonly ReceivedPost[], ms: number): number {
  let most = 0;
  for (const [i, p] of posts.entries()) {
    const inside = posts.slice(i).filter((q) => q.at - p.at < ms).length;
    most = Math.max(most, inside);
  }
  return most;
}

/** Per-channel budgets and digests, against a fake Teams that enforces TEAMS.md's limits. */
describe('pacing and digests', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;

  beforeAll(async () => {
    teams = await startFakeTeams({ enforceRateLimits: true });
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
    const send = (commits: number) =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(commits), { secret: connector.secret! });
    return { channel, send };
  }

  it('never exceeds a channel budget in any sliding window, and delivers every event', async () => {
    const { channel, send } = await channelWithGitHub(teams.otherUrl('paced'), {
      rateLimit: [{ perSeconds: 1, max: 2 }],
      digest: false,
    });
    for (let i = 1; i <= 6; i++) expect((await send(i)).status).toBe(202);
    const posts = await teams.waitForPosts('paced', 6, 15_000);
    expect(busiestWindow(posts, 1000)).toBeLessThanOrEqual(2);
    // In order, one card each: the budget delays, it never drops or merges.
    expect(posts.map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
    const all = await deliveries(relay, channel.id);
    expect(all.every((d) => d.state === 'delivered' && d.digestId === undefined)).toBe(true);
  });

  it('merges a backlog the budget cannot pass soon into one digest, accounting for every event', async () => {
    // Parked first, so the backlog is all there when the channel is released.
    teams.script('digest-old', [{ status: 404 }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('digest-old'), {
      rateLimit: [{ perSeconds: 300, max: 2 }],
    });
    const accepted = [(await send(1)).body.deliveryId as string];
    await eventually(async () => {
      const res = await relay.api('GET', `/api/v1/channels/${channel.id}`);
      return res.body.status === 'attention_required';
    });
    for (let i = 2; i <= 10; i++) accepted.push((await send(i)).body.deliveryId as string);

    const rotated = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/rotate`,
      { webhookUrl: teams.workflowsUrl('digest-new') },
      s.ownerToken,
    );
    expect(rotated.status).toBe(200);
    // 10 events, 1 post left in the window (the 404 used one): all of them in one digest.
    const [post] = await teams.waitForPosts('digest-new', 1);
    expect(post!.landed).toBe(true);
    expect(post!.raw).toContain('10 events from GitHub');

    const settled = await eventually(async () => {
      const all = await deliveries(relay, channel.id);
      return all.length === 10 && all.every((d) => d.state === 'delivered') ? all : undefined;
    });
    const digestIds = new Set(settled.map((d) => d.digestId));
    expect(digestIds.size).toBe(1);
    expect([...digestIds][0]).toMatch(/^dg_/);
    expect(settled.map((d) => d.id).sort()).toEqual([...accepted].sort());
    // The 404 that parked the first event is still in its history.
    const first = settled.find((d) => d.id === accepted[0])!;
    expect(first.log.map((l: { status?: number }) => l.status)).toEqual([404, 202]);

    // A sentinel after the digest: the budget is spent, so it waits rather than posts now.
    const sentinel = await send(11);
    expect(sentinel.status).toBe(202);
    const view = await relay.api('GET', `/api/v1/channels/${channel.id}`);
    expect(view.body.budget).toEqual([{ perSeconds: 300, max: 2 }]);
    expect(teams.posts('digest-new')).toHaveLength(1);
    expect(teams.posts('digest-new').every((p) => p.problem === undefined)).toBe(true);
  });

  it('lists deliveries by state, and warns when a channel is rotated to the URL it already had', async () => {
    teams.script('same-url', [{ status: 410 }]);
    const { channel, send } = await channelWithGitHub(teams.workflowsUrl('same-url'));
    const held = (await send(1)).body.deliveryId as string;
    const byState = (state: string) =>
      relay.api('GET', `/api/v1/channels/${channel.id}/deliveries?state=${state}`);
    await eventually(async () =>
      (await byState('parked')).body.deliveries.length === 1 ? true : undefined,
    );
    const view = await relay.api('GET', `/api/v1/channels/${channel.id}`);
    expect(view.body).toMatchObject({
      status: 'attention_required',
      statusCode: 'destination_gone',
    });
    const parked = await byState('parked');
    expect(parked.body.deliveries.map((d: { id: string }) => d.id)).toEqual([held]);
    expect((await byState('dead')).body.deliveries).toEqual([]);
    expect((await byState('lost')).status).toBe(400);

    const again = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/rotate`,
      { webhookUrl: teams.workflowsUrl('same-url') },
      s.ownerToken,
    );
    expect(again.status).toBe(200);
    expect(again.body.warning).toMatch(/already had/);
    const fresh = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/rotate`,
      { webhookUrl: teams.workflowsUrl('same-url-2') },
      s.ownerToken,
    );
    expect(fresh.body.warning).toBeUndefined();
    expect(fresh.body.statusCode).toBeUndefined();
  });

  it('replays a dead letter alone or all of a channel since a time, keeping each history', async () => {
    teams.script('replay', [{ status: 400, body: 'bad card' }]);
    const { channel, send } = await channelWithGitHub(teams.otherUrl('replay'));
    const started = new Date().toISOString();
    const dead = (await send(1)).body.deliveryId as string;
    const byState = (state: string) =>
      relay.api('GET', `/api/v1/channels/${channel.id}/deliveries?state=${state}`);
    await eventually(async () =>
      (await byState('dead')).body.deliveries.length === 1 ? true : undefined,
    );

    const replayed = await relay.api(
      'POST',
      `/api/v1/deliveries/${dead}/replay`,
      undefined,
      s.ownerToken,
    );
    expect(replayed.status).toBe(202);
    expect(replayed.body).toMatchObject({ deliveryId: dead, status: 'queued' });
    const delivered = await eventually(async () => {
      const d = (await deliveries(relay, channel.id)).find((x) => x.id === dead);
      return d?.state === 'delivered' ? d : undefined;
    });
    expect(delivered.log.map((l: { outcome: string }) => l.outcome)).toEqual([
      'rejected',
      'replayed',
      'delivered',
    ]);
    expect(teams.posts('replay')).toHaveLength(2);

    // Two more dead letters, replayed together; the delivered one is left alone.
    teams.script('replay', [{ status: 400 }, { status: 400 }]);
    const more = [(await send(2)).body.deliveryId, (await send(3)).body.deliveryId];
    await eventually(async () =>
      (await byState('dead')).body.deliveries.length === 2 ? true : undefined,
    );
    const bulk = await relay.api(
      'POST',
      `/api/v1/channels/${channel.id}/replay`,
      { since: started },
      s.ownerToken,
    );
    expect(bulk.status).toBe(200);
    expect(bulk.body).toMatchObject({ replayed: more, waiting: 0 });
    await teams.waitForPosts('replay', 6);
    await eventually(async () =>
      (await byState('delivered')).body.deliveries.length === 3 ? true : undefined,
    );

    const unknown = await relay.api(
      'POST',
      '/api/v1/deliveries/00000000-0000-4000-8000-000000000000/replay',
    );
    expect(unknown.status).toBe(404);
    const odd = await relay.api('POST', '/api/v1/deliveries/not-a-uuid/replay');
    expect(odd.status).toBe(404);
  });

  it('applies the kind default budget unless a channel overrides it, and digest: false turns digests off', async () => {
    const workflows = await createChannel(relay, s, teams.workflowsUrl('defaults'));
    const view = await relay.api('GET', `/api/v1/channels/${workflows.id}`);
    expect(view.body).toMatchObject({ budget: [{ perSeconds: 300, max: 25 }], digest: true });
    const legacy = await createChannel(relay, s, teams.o365Url('defaults-o365'));
    const legacyView = await relay.api('GET', `/api/v1/channels/${legacy.id}`);
    expect(legacyView.body.budget).toHaveLength(5);
    const patched = await relay.api(
      'PATCH',
      `/api/v1/channels/${workflows.id}`,
      { rateLimit: [], digest: false },
      s.ownerToken,
    );
    expect(patched.body).toMatchObject({ rateLimit: [], budget: [], digest: false });
    const reset = await relay.api(
      'PATCH',
      `/api/v1/channels/${workflows.id}`,
      { rateLimit: null },
      s.ownerToken,
    );
    expect(reset.body.budget).toEqual([{ perSeconds: 300, max: 25 }]);
    const bad = await relay.api(
      'PATCH',
      `/api/v1/channels/${workflows.id}`,
      { rateLimit: [{ perSeconds: 0, max: 1 }] },
      s.ownerToken,
    );
    expect(bad.status).toBe(400);
  });
});

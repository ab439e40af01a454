import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, deliveries } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';

/** Teams answers 500 to everything for a while: every event still arrives, once, in order. */
describe('a storm of 500s', () => {
  let teams: FakeTeams;
  let relay: TestRelay;

  beforeAll(async () => {
    teams = await startFakeTeams();
    // No jitter: each retry waits the 1 s base (or Retry-After), so the storm passes quickly.
    relay = await startTestRelay(
      { DESTINATION_HOSTS: new URL(teams.origin).host },
      { random: () => 0 },
    );
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  it('retries through it on every channel and delivers each event exactly once, in order', async () => {
    const s = await createTeam(relay);
    const channels = await Promise.all(
      ['storm-a', 'storm-b', 'storm-c'].map(async (id) => {
        const channel = await createChannel(relay, s, teams.otherUrl(id), { rateLimit: [] });
        const connector = await createConnector(relay, s, channel.id, { type: 'github' });
        teams.script(id, [
          { status: 500, body: 'Internal Server Error' },
          { status: 503, headers: { 'retry-after': '1' } },
          { status: 502 },
        ]);
        return { id, channel, connector };
      }),
    );
    for (const { connector } of channels) {
      for (let i = 1; i <= 3; i++) {
        const res = await sendGitHub(connector.ingestUrl, 'push', githubPush(i), {
          secret: connector.secret!,
        });
        expect(res.status).toBe(202);
      }
    }
    for (const { id, channel } of channels) {
      // Three failed posts, then the three events, in order, once each.
      const posts = await teams.waitForPosts(id, 6, 30_000);
      expect(posts.map((p) => p.status)).toEqual([500, 503, 502, 200, 200, 200]);
      expect(posts.slice(3).map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual([
        '1',
        '2',
        '3',
      ]);
      const settled = await eventually(async () => {
        const all = await deliveries(relay, channel.id);
        return all.every((d) => d.state === 'delivered') ? all : undefined;
      });
      const first = settled.find((d) => d.attempts > 1)!;
      expect(first.log.map((l: { outcome: string }) => l.outcome)).toEqual([
        'retry',
        'retry',
        'retry',
        'delivered',
      ]);
    }
    // Sentinel: nothing more arrives after the last events (no duplicate was posted).
    const [last] = channels.slice(-1);
    await sendGitHub(last!.connector.ingestUrl, 'push', githubPush(9), {
      secret: last!.connector.secret!,
    });
    const after = await teams.waitForPosts(last!.id, 7);
    expect(/(\d+) new commits?/.exec(after[6]!.raw)?.[1]).toBe('9');
    expect(teams.posts(last!.id)).toHaveLength(7);
  });
});

import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox } from '../../src/queue/outbox.js';
import { createKeys } from '../../src/store/keys.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, testRedisUrl, uniquePrefix } from '../support/relay.js';
import { createChannel, createTeam } from '../support/scenario.js';
import { githubPush } from '../e2e/payloads.js';
import { queuedMessage } from '../fixtures/github/interpret.js';

const queuedPush = (i: number) => queuedMessage('push', githubPush(i));

/**
 * Nothing acknowledged is lost: events whose flush job was never added (the process died
 * right after the append) and events a worker had in flight when it died are delivered by
 * the next worker that starts.
 */
describe('recovery after a crash', () => {
  let teams: FakeTeams;
  let redis: Redis;
  beforeAll(async () => {
    teams = await startFakeTeams();
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await teams?.close();
    redis?.disconnect();
  });

  it('delivers appended and in-flight events that had no live job, in order', async () => {
    const prefix = uniquePrefix('recovery');
    const host = new URL(teams.origin).host;
    // An api-only relay: accepts and stores, runs no worker.
    const api = await startTestRelay({
      REDIS_PREFIX: prefix,
      RELAY_ROLE: 'api',
      DESTINATION_HOSTS: host,
    });
    const s = await createTeam(api);
    const channel = await createChannel(api, s, teams.workflowsUrl('recovered'));
    await api.close();

    // Simulate a crash: events appended by the outbox script, but no BullMQ job was added,
    // and the first one already moved in flight by a worker that then died.
    const outbox = createOutbox(redis, createKeys(prefix));
    for (let i = 1; i <= 3; i++) {
      const res = await outbox.enqueue(
        {
          id: `d${i}`,
          channelId: channel.id,
          connectorId: 'con_x',
          connectorType: 'github',
          eventName: 'push',
          senderDeliveryId: undefined,
          receivedAt: new Date().toISOString(),
          message: queuedPush(i),
        },
        undefined,
        Date.now(),
      );
      expect(res.status).toBe('queued');
    }
    expect(await outbox.claimUpTo(channel.id, 1)).toEqual(['d1']);
    expect(teams.posts('recovered')).toHaveLength(0);

    const worker = await startTestRelay({
      REDIS_PREFIX: prefix,
      RELAY_ROLE: 'worker',
      DESTINATION_HOSTS: host,
    });
    try {
      // A worker-only process serves health and metrics, not the API or ingest.
      expect((await fetch(`${worker.url}/readyz`)).status).toBe(200);
      expect((await fetch(`${worker.url}/metrics`)).status).toBe(200);
      expect((await fetch(`${worker.url}/api/v1/org`)).status).toBe(404);
      const posts = await teams.waitForPosts('recovered', 3);
      expect(posts.map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual(['1', '2', '3']);
      // The last post lands a moment before the worker records it.
      const drained = await eventually(async () => {
        const depth = await outbox.depth(channel.id);
        return depth.inflight === 0 ? depth : undefined;
      });
      expect(drained).toEqual({ queued: 0, inflight: 0, dead: 0 });
      expect(teams.posts('recovered')).toHaveLength(3);
    } finally {
      await worker.close();
    }
  });
});

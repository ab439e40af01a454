import { Redis } from 'ioredis';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { renderForChannel } from '../../src/cards/for-channel.js';
import { silentLogger } from '../../src/core/logger.js';
import type { QueuedMessage } from '../../src/core/message.js';
import type { DeliveryResult } from '../../src/delivery/classify.js';
import { createFlushProcessor, type FlushDeps } from '../../src/queue/flush.js';
import { createOutbox, type Outbox } from '../../src/queue/outbox.js';
import { createStore, type Store } from '../../src/store/index.js';
import { HOLD_RECHECK_MS } from '../../src/queue/switch-hold.js';
import { testRedisUrl, uniquePrefix } from '../support/relay.js';
import { githubPush } from '../e2e/payloads.js';
import { queuedMessage } from '../fixtures/github/interpret.js';

const queuedPush = (i: number) => queuedMessage('push', githubPush(i));

/**
 * The flush processor on a real Redis outbox, with the HTTP client and renderer replaced so
 * each rule can be driven exactly: shrink on 413, dead-letter, retry scheduling, give-up,
 * yielding, and render failures.
 */
describe('flush processor', () => {
  const redis = new Redis(testRedisUrl());
  let store: Store;
  let outbox: Outbox;
  let now: number;
  const channelId = 'ch_flush';
  afterAll(() => redis.disconnect());

  beforeEach(async () => {
    store = createStore(redis, uniquePrefix('flush'));
    outbox = createOutbox(redis, store.keys);
    now = Date.parse('2026-11-28T10:00:00Z');
    await store.channels.create({
      id: channelId,
      teamId: 'team_1',
      name: 'c',
      webhookUrl: 'https://example.test/hook',
      kind: 'workflows',
      o365Format: 'messagecard',
      status: 'ok',
      statusReason: undefined,
      urlVersion: 1,
      rateLimit: undefined,
      digest: true,
      createdAt: new Date(now).toISOString(),
    });
  });

  async function enqueue(n: number): Promise<string> {
    let jobId = '';
    for (let i = 1; i <= n; i++) {
      const res = await outbox.enqueue(
        {
          id: `d${i}`,
          channelId,
          connectorId: 'con',
          connectorType: 'github',
          eventName: 'push',
          senderDeliveryId: undefined,
          receivedAt: new Date(now).toISOString(),
          message: queuedPush(i),
        },
        undefined,
        now,
      );
      if (res.status === 'queued' && res.flushJobId) jobId = res.flushJobId;
    }
    return jobId;
  }

  function processor(answers: DeliveryResult[], extra: Partial<FlushDeps> = {}) {
    const posted: string[] = [];
    const flush = createFlushProcessor({
      store,
      outbox,
      clock: { now: () => now },
      logger: silentLogger,
      random: () => 0.5,
      retryHorizonMs: 3600_000,
      client: {
        post: (_url, body) => {
          posted.push(body);
          return Promise.resolve(answers.shift() ?? { status: 202, body: '', headers: {} });
        },
      },
      ...extra,
    });
    return { flush, posted };
  }

  /** A renderer whose output fills whatever budget it is given. */
  const budgetFiller: typeof renderForChannel = (_e, _c, _o, maxBytes) => ({
    body: 'x'.repeat(maxBytes),
    bytes: maxBytes,
    format: 'adaptive',
    truncated: false,
  });

  const state = async (id: string) => (await outbox.get(channelId, id))?.state;

  /** Writes a record as an older (or damaged) release might have left it. */
  async function enqueueRaw(id: string, message: unknown): Promise<string | undefined> {
    const res = await outbox.enqueue(
      {
        id,
        channelId,
        connectorId: 'con',
        connectorType: 'github',
        eventName: 'push',
        senderDeliveryId: undefined,
        receivedAt: new Date(now).toISOString(),
        message: message as QueuedMessage,
      },
      undefined,
      now,
    );
    return res.status === 'queued' ? res.flushJobId : undefined;
  }

  it('dead-letters queued messages that fail their schema, with the reason, and goes on', async () => {
    const jobId = await enqueueRaw('old', { ...queuedPush(1), v: 2 });
    await enqueueRaw('broken', { ...queuedPush(1), card: { title: 42 } });
    await enqueueRaw('good', queuedPush(3));
    const { flush, posted } = processor([]);
    expect(await flush(channelId, jobId!)).toEqual({ type: 'done' });
    // Only the sentinel behind them was posted.
    expect(posted).toHaveLength(1);
    expect(posted[0]).toContain('3 new commits');
    const old = await outbox.get(channelId, 'old');
    expect(old).toMatchObject({ state: 'dead' });
    expect(old!.lastError).toMatch(/version 2; this release reads version 1/);
    const broken = await outbox.get(channelId, 'broken');
    expect(broken).toMatchObject({ state: 'dead' });
    expect(broken!.lastError).toMatch(/does not match its schema \(card\.[a-z]+: /);
    expect(await state('good')).toBe('delivered');
  });

  it('answers a 413 with a card half the size, then delivers', async () => {
    const jobId = await enqueue(1);
    const { flush, posted } = processor([{ status: 413, body: '', headers: {} }], {
      render: budgetFiller,
      maxCardBytes: 20_000,
    });
    expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
    expect(posted.map((b) => b.length)).toEqual([20_000, 10_000]);
    expect(await state('d1')).toBe('delivered');
    expect((await outbox.get(channelId, 'd1'))!.log.map((l) => l.outcome)).toEqual([
      'too_large',
      'delivered',
    ]);
  });

  it('dead-letters a card already at the smallest size instead of resending it', async () => {
    const jobId = await enqueue(2);
    const { flush, posted } = processor([{ status: 413, body: '', headers: {} }], {
      render: budgetFiller,
      maxCardBytes: 4096,
    });
    expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
    expect(posted).toHaveLength(2); // d1 once, then d2
    expect(await state('d1')).toBe('dead');
    expect(await state('d2')).toBe('delivered');
  });

  it('schedules a retry no sooner than Retry-After, and gives up after the horizon', async () => {
    const jobId = await enqueue(1);
    const throttled: DeliveryResult = { status: 429, body: '', headers: { 'retry-after': '30' } };
    const { flush } = processor([throttled, throttled]);
    const first = await flush(channelId, jobId);
    expect(first.type).toBe('continue');
    expect(first.type === 'continue' && first.at - now).toBeGreaterThanOrEqual(30_000);
    expect(await state('d1')).toBe('retrying');

    now += 2 * 3600_000; // past the one-hour horizon
    expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
    const view = await outbox.get(channelId, 'd1');
    expect(view!.state).toBe('dead');
    expect(view!.lastError).toMatch(/gave up after 2 attempts/);
  });

  it('yields after its per-run post budget so other channels get a turn', async () => {
    const jobId = await enqueue(5);
    const { flush, posted } = processor([], { maxPostsPerRun: 2 });
    expect(await flush(channelId, jobId)).toEqual({ type: 'continue', at: now });
    expect(posted).toHaveLength(2);
    expect(await flush(channelId, jobId)).toEqual({ type: 'continue', at: now });
    expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
    expect(posted).toHaveLength(5);
  });

  it('hands the channel back after the post in flight when the process is stopping', async () => {
    const jobId = await enqueue(3);
    let stopping = false;
    let posts = 0;
    const { flush } = processor([], {
      stopping: () => stopping,
      client: {
        post: () => {
          posts++;
          stopping = true; // SIGTERM arrives during the first post
          return Promise.resolve({ status: 202, body: '', headers: {} });
        },
      },
    });
    expect(await flush(channelId, jobId)).toEqual({ type: 'continue', at: now });
    expect(posts).toBe(1);
    expect(await state('d1')).toBe('delivered');
    expect(await state('d2')).toBe('queued');
  });

  it('dead-letters an event whose card cannot be built, and goes on with the next', async () => {
    const jobId = await enqueue(2);
    let calls = 0;
    const flaky: typeof renderForChannel = (...args) => {
      if (++calls === 1) throw new Error('boom');
      return budgetFiller(...args);
    };
    const { flush, posted } = processor([], { render: flaky, maxCardBytes: 5000 });
    expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
    expect(posted).toHaveLength(1);
    expect((await outbox.get(channelId, 'd1'))!.lastError).toMatch(
      /could not render the card: boom/,
    );
    expect(await state('d2')).toBe('delivered');
  });

  describe('switches read in the round trips before each post', () => {
    const team = {
      id: 'team_1',
      name: 'Team',
      connectorsEnabled: true,
      membersCanManageConnectors: true,
      createdAt: '2026-11-28T09:00:00.000Z',
    };

    it.each([
      ['org', () => store.org.update({ connectorsEnabled: false })],
      ['team', () => store.teams.update({ ...team, connectorsEnabled: false })],
    ] as const)(
      'the %s switch turned off during a post holds the rest of the batch',
      async (_level, turnOff) => {
        await store.teams.create(team, []);
        const jobId = await enqueue(3);
        let posts = 0;
        const { flush } = processor([], {
          client: {
            post: async () => {
              if (++posts === 1) await turnOff();
              return { status: 202, body: '', headers: {} };
            },
          },
        });
        expect(await flush(channelId, jobId)).toEqual({
          type: 'continue',
          at: now + HOLD_RECHECK_MS,
        });
        expect(posts).toBe(1);
        expect(await state('d1')).toBe('delivered');
        expect([await state('d2'), await state('d3')]).toEqual(['queued', 'queued']);
      },
    );

    it('a switch turned back on before the next batch lets it go out', async () => {
      await store.teams.create({ ...team, connectorsEnabled: false }, []);
      const jobId = await enqueue(2);
      const { flush, posted } = processor([]);
      expect(await flush(channelId, jobId)).toEqual({
        type: 'continue',
        at: now + HOLD_RECHECK_MS,
      });
      expect(posted).toHaveLength(0);
      await store.teams.update(team);
      await store.holds.end(channelId);
      expect(await flush(channelId, jobId)).toEqual({ type: 'done' });
      expect(posted).toHaveLength(2);
    });
  });
});

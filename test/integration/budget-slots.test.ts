import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox, type Outbox } from '../../src/queue/outbox.js';
import { createKeys } from '../../src/store/keys.js';
import { testRedisUrl, uniquePrefix } from '../support/relay.js';

/** The budget script on real Redis: atomic across concurrent callers, waits that are exact. */
describe('budget slots', () => {
  let redis: Redis;
  let outbox: Outbox;

  beforeAll(() => {
    redis = new Redis(testRedisUrl());
    outbox = createOutbox(redis, createKeys(uniquePrefix('budget')));
  });
  afterAll(async () => {
    await redis.quit();
  });

  it('gives exactly max slots to many concurrent callers, and tells the others how long to wait', async () => {
    const windows = [{ perSeconds: 60, max: 3 }];
    const results = await Promise.all(
      Array.from({ length: 20 }, () => outbox.takeSlot('ch_race', windows)),
    );
    const taken = results.filter((r) => r.ok);
    expect(taken).toHaveLength(3);
    expect(taken.map((r) => (r.ok ? r.used[0] : 0)).sort()).toEqual([1, 2, 3]);
    // The wait is when the oldest post leaves the window (plus its margin): never more.
    const window = 60_000 + 250;
    for (const r of results) {
      if (r.ok) continue;
      expect(r.waitMs).toBeGreaterThan(0);
      expect(r.waitMs <= window, `${r.waitMs} ms`).toBe(true);
    }
  });

  it('checks every window, and reports the longest wait of those that are full', async () => {
    const windows = [
      { perSeconds: 1, max: 10 },
      { perSeconds: 3600, max: 2 },
    ];
    expect(await outbox.takeSlot('ch_windows', windows)).toMatchObject({ ok: true, used: [1, 1] });
    expect(await outbox.takeSlot('ch_windows', windows)).toMatchObject({ ok: true, used: [2, 2] });
    const third = await outbox.takeSlot('ch_windows', windows);
    expect(third.ok).toBe(false);
    if (!third.ok) expect(third.waitMs).toBeGreaterThan(3_500_000);
    // Channels do not share budgets.
    expect(await outbox.takeSlot('ch_other', windows)).toMatchObject({ ok: true });
  });
});

/**
 * A channel's post budget in Redis: taking a slot before each post, claiming events for a
 * digest, and what the windows hold now (for the API). Slots and counts share one window
 * length, so what the API shows is what the next post is checked against.
 */
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateWindow } from '../core/entities.js';
import type { Keys } from '../store/keys.js';
import { CLAIM_UP_TO, TAKE_SLOT } from './budget-script.js';
import { defineScript } from './script.js';

export type SlotResult = { ok: true; used: number[] } | { ok: false; waitMs: number };

export interface OutboxBudget {
  /** Ids in flight, after moving waiting events in until at least `want` are. */
  claimUpTo(channelId: string, want: number): Promise<string[]>;
  /** One post's slot in the channel's budget, or how long until one opens. */
  takeSlot(channelId: string, windows: readonly RateWindow[]): Promise<SlotResult>;
  /** How many posts each budget window holds now, by Redis's clock (as slots are taken). */
  budgetUse(
    channelId: string,
    windows: readonly RateWindow[],
  ): Promise<Array<RateWindow & { used: number }>>;
}

/**
 * Added to every budget window: a post leaves when its slot is taken and reaches Teams a
 * little later, by a latency that varies. Teams counts arrivals, so two posts a window apart
 * at the relay must still be a window apart there.
 */
const WINDOW_MARGIN_MS = 250;

const windowMs = (w: RateWindow) => w.perSeconds * 1000 + WINDOW_MARGIN_MS;

export function createOutboxBudget(redis: Redis, keys: Keys): OutboxBudget {
  const takeSlot = defineScript(redis, TAKE_SLOT, 1);
  const claimUpTo = defineScript(redis, CLAIM_UP_TO, 2);
  return {
    async claimUpTo(channelId, want) {
      return (await claimUpTo(
        [keys.outbox(channelId), keys.inflight(channelId)],
        [want],
      )) as string[];
    },

    async takeSlot(channelId, windows) {
      const args = windows.flatMap((w) => [windowMs(w), w.max]);
      const member = randomBytes(6).toString('base64url');
      const res = (await takeSlot(
        [keys.budget(channelId)],
        [member, windows.length, ...args],
      )) as number[];
      if (res[0] === 1) return { ok: true, used: res.slice(1) };
      return { ok: false, waitMs: Math.max(1, Number(res[1])) };
    },

    async budgetUse(channelId, windows) {
      if (windows.length === 0) return [];
      const [seconds, micros] = await redis.time();
      const now = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
      const pipe = redis.pipeline();
      for (const w of windows) pipe.zcount(keys.budget(channelId), `(${now - windowMs(w)}`, '+inf');
      const rows = (await pipe.exec()) ?? [];
      return windows.map((w, i) => ({ ...w, used: Number(rows[i]?.[1] ?? 0) }));
    },
  };
}

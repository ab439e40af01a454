import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';

/**
 * Channels whose events are held because connectors were switched off, and since when. The
 * time is the first flush that found the switch off, so the hold window runs from there.
 */
export interface HoldStore {
  /** Marks the channel held (keeping an earlier start); the start of its hold, and whether it is new. */
  hold(channelId: string, nowMs: number): Promise<{ sinceMs: number; started: boolean }>;
  since(channelId: string): Promise<number | undefined>;
  /** Ends the channel's hold; true if it was held. */
  end(channelId: string): Promise<boolean>;
  /** Every held channel. */
  channels(): Promise<string[]>;
}

/** KEYS: held, heldChannels   ARGV: nowMs, channelId   Returns {sinceMs, started}. */
const HOLD = `
local since = redis.call('GET', KEYS[1])
if since then return {since, 0} end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SADD', KEYS[2], ARGV[2])
return {ARGV[1], 1}`;

export function createHoldStore(redis: Redis, keys: Keys): HoldStore {
  return {
    async hold(channelId, nowMs) {
      const [since, started] = (await redis.eval(
        HOLD,
        2,
        keys.held(channelId),
        keys.heldChannels(),
        String(nowMs),
        channelId,
      )) as [string, number];
      return { sinceMs: Number(since), started: started === 1 };
    },
    async since(channelId) {
      const raw = await redis.get(keys.held(channelId));
      return raw === null ? undefined : Number(raw);
    },
    async end(channelId) {
      const [[, removed]] = (await redis
        .multi()
        .del(keys.held(channelId))
        .srem(keys.heldChannels(), channelId)
        .exec()) as [[Error | null, number], [Error | null, number]];
      return removed > 0;
    },
    async channels() {
      return redis.smembers(keys.heldChannels());
    },
  };
}

/**
 * What the API and metrics read from the outbox: counts, history and single deliveries.
 * Read-only, so a scrape or a listing never changes what a flush will do.
 */
import type { Redis } from 'ioredis';
import type { QueuedMessage } from '../core/message.js';
import type { Keys } from '../store/keys.js';
import type { DeliveryState, DeliveryView } from './delivery-record.js';
import { messageOf, toView } from './outbox-records.js';

/** What waits on one channel, for metrics. */
export interface ChannelBacklog {
  channelId: string;
  queued: number;
  inflight: number;
  dead: number;
  parked: boolean;
  /** When the oldest event still waiting (in flight, else queued) was accepted; ms epoch. */
  oldestReceivedAt: number | undefined;
}

export interface OutboxReads {
  depth(channelId: string): Promise<{ queued: number; inflight: number; dead: number }>;
  /**
   * Read-only counts for /metrics, per channel asked for: 6 O(1) commands per channel, plus
   * one for a channel with waiting events, pipelined in round trips of BACKLOG_CHUNK channels.
   */
  backlog(channelIds: readonly string[]): Promise<ChannelBacklog[]>;
  /** Newest first; with `state`, only deliveries in it (among the channel's last 1000). */
  recent(channelId: string, limit: number, state?: DeliveryState): Promise<DeliveryView[]>;
  /** The channel a delivery id belongs to, while it is known. */
  channelOf(deliveryId: string): Promise<string | undefined>;
  /** Ids of deliveries received since `sinceMs` (from the channel's last 1000), oldest first. */
  receivedSince(channelId: string, sinceMs: number): Promise<string[]>;
  get(channelId: string, deliveryId: string): Promise<DeliveryView | undefined>;
  /** The newest delivered event among the channel's history, with its message. */
  lastDelivered(
    channelId: string,
  ): Promise<{ view: DeliveryView; message: QueuedMessage } | undefined>;
}

/** Deliveries read per round trip while looking for the newest delivered one. */
const LAST_DELIVERED_PAGE = 50;

/** Channels per pipelined round trip of `backlog`, so one scrape never builds a huge reply. */
const BACKLOG_CHUNK = 500;
/** The history keeps a channel's last deliveries up to this many (see ENQUEUE). */
export const HISTORY_MAX = 1000;

export function createOutboxReads(redis: Redis, keys: Keys): OutboxReads {
  return {
    async depth(channelId) {
      const [[, queued], [, inflight], [, dead]] = (await redis
        .multi()
        .llen(keys.outbox(channelId))
        .llen(keys.inflight(channelId))
        .llen(keys.deadLetters(channelId))
        .exec()) as Array<[Error | null, number]> as [
        [null, number],
        [null, number],
        [null, number],
      ];
      return { queued, inflight, dead };
    },

    async backlog(channelIds) {
      const out: ChannelBacklog[] = [];
      for (let start = 0; start < channelIds.length; start += BACKLOG_CHUNK) {
        const ids = channelIds.slice(start, start + BACKLOG_CHUNK);
        const pipe = redis.pipeline();
        for (const ch of ids) {
          pipe
            .llen(keys.outbox(ch))
            .llen(keys.inflight(ch))
            .llen(keys.deadLetters(ch))
            .exists(keys.parked(ch))
            .lindex(keys.inflight(ch), 0)
            .lindex(keys.outbox(ch), 0);
        }
        const rows = ((await pipe.exec()) ?? []).map(([err, v]) => (err ? undefined : v));
        const heads: Array<[number, string]> = [];
        ids.forEach((channelId, i) => {
          const [queued, inflight, dead, parked, inflightHead, queuedHead] = rows.slice(
            i * 6,
            i * 6 + 6,
          );
          const head = (inflightHead ?? queuedHead) as string | null | undefined;
          if (head) heads.push([out.length, head]);
          out.push({
            channelId,
            queued: Number(queued ?? 0),
            inflight: Number(inflight ?? 0),
            dead: Number(dead ?? 0),
            parked: Number(parked ?? 0) === 1,
            oldestReceivedAt: undefined,
          });
        });
        if (heads.length === 0) continue;
        const times = redis.pipeline();
        for (const [at, id] of heads)
          times.hget(keys.delivery(out[at]!.channelId, id), 'receivedAt');
        const received = (await times.exec()) ?? [];
        heads.forEach(([at], i) => {
          const ms = Number(received[i]?.[1] ?? NaN);
          if (Number.isFinite(ms)) out[at]!.oldestReceivedAt = ms;
        });
      }
      return out;
    },

    async channelOf(deliveryId) {
      return (await redis.get(keys.deliveryChannel(deliveryId))) ?? undefined;
    },

    async receivedSince(channelId, sinceMs) {
      return redis.zrangebyscore(keys.channelDeliveries(channelId), sinceMs, '+inf');
    },

    async recent(channelId, limit, state) {
      // The history keeps the channel's last HISTORY_MAX deliveries; a filter reads them all.
      const upTo = state ? HISTORY_MAX : limit;
      const ids = await redis.zrevrange(keys.channelDeliveries(channelId), 0, upTo - 1);
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hgetall(keys.delivery(channelId, id));
      const rows = (await pipe.exec()) ?? [];
      const views: DeliveryView[] = [];
      ids.forEach((id, i) => {
        const h = rows[i]?.[1] as Record<string, string> | undefined;
        const view = h ? toView(channelId, id, h) : undefined;
        if (view && (!state || view.state === state)) views.push(view);
      });
      return views.slice(0, limit);
    },

    async lastDelivered(channelId) {
      for (let start = 0; start < HISTORY_MAX; start += LAST_DELIVERED_PAGE) {
        const ids = await redis.zrevrange(
          keys.channelDeliveries(channelId),
          start,
          start + LAST_DELIVERED_PAGE - 1,
        );
        if (ids.length === 0) return undefined;
        const pipe = redis.pipeline();
        for (const id of ids) pipe.hgetall(keys.delivery(channelId, id));
        const rows = (await pipe.exec()) ?? [];
        // Newest by acceptance; a channel delivers in order, so that is newest delivered too.
        for (const [i, id] of ids.entries()) {
          const h = rows[i]?.[1] as Record<string, string> | undefined;
          if (h?.state !== 'delivered') continue;
          const view = toView(channelId, id, h);
          const message = messageOf(channelId, id, h);
          if (view && message?.ok) return { view, message: message.message };
        }
      }
      return undefined;
    },

    async get(channelId, deliveryId) {
      return toView(
        channelId,
        deliveryId,
        await redis.hgetall(keys.delivery(channelId, deliveryId)),
      );
    },
  };
}

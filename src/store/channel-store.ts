import type { Redis } from 'ioredis';
import type { DestinationKind, O365Format } from '../core/destination.js';
import type { Keys } from './keys.js';
import type { Channel, ChannelStatus, RateWindow } from '../core/entities.js';

/**
 * Channels are hashes, not JSON blobs, so the worker can change a channel's status without
 * read-modify-write races against an admin rotating its URL at the same moment.
 */
export interface ChannelStore {
  create(channel: Channel): Promise<void>;
  get(id: string): Promise<Channel | undefined>;
  /** Change a channel's settings (not its URL: that is `replaceUrl`). */
  updateSettings(
    id: string,
    patch: {
      name?: string;
      o365Format?: O365Format;
      rateLimit?: RateWindow[] | null;
      digest?: boolean;
    },
  ): Promise<Channel | undefined>;
  /** A team's channels, oldest first. */
  listByTeam(teamId: string): Promise<Channel[]>;
  /**
   * Every channel's id and status, for metrics: read only, one command per team and one per
   * channel, in three pipelined round trips.
   */
  statuses(): Promise<Array<{ id: string; status: ChannelStatus }>>;
  /**
   * Removes the channel with everything it holds: its connectors (their ingest URLs stop
   * working), waiting and dead events, and its delivery history.
   */
  delete(channel: Channel): Promise<void>;
  /** Park the channel unless its URL changed since `urlVersion` was read. */
  markGone(id: string, urlVersion: number, reason: string): Promise<boolean>;
  /**
   * Atomically switch the destination, set its status (ok, or attention_required for a URL
   * of a retired generation) and un-park, so no flush ever sees a half-rotated channel.
   */
  replaceUrl(
    id: string,
    url: string,
    kind: DestinationKind,
    statusReason: string | undefined,
  ): Promise<Channel | undefined>;
}

const MARK_GONE = `
if redis.call('HGET', KEYS[1], 'urlVersion') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'status', 'attention_required', 'statusReason', ARGV[2],
  'statusCode', 'destination_gone')
redis.call('SET', KEYS[2], ARGV[1])
return 1`;

const REPLACE_URL = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'urlVersion', 1)
if ARGV[3] == '' then
  redis.call('HSET', KEYS[1], 'webhookUrl', ARGV[1], 'kind', ARGV[2], 'status', 'ok')
  redis.call('HDEL', KEYS[1], 'statusReason', 'statusCode')
else
  redis.call('HSET', KEYS[1], 'webhookUrl', ARGV[1], 'kind', ARGV[2],
    'status', 'attention_required', 'statusReason', ARGV[3], 'statusCode', 'legacy_url')
end
redis.call('DEL', KEYS[2])
return 1`;

/**
 * A stored budget. Releases before 0.2 wrote `{limit, windowSeconds}`; both read the same, and
 * anything unreadable falls back to the kind's default rather than to no budget at all.
 */
function readRateLimit(json: string): RateWindow[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const windows: RateWindow[] = [];
  for (const w of parsed as Array<Record<string, unknown>>) {
    const perSeconds = Number(w.perSeconds ?? w.windowSeconds);
    const max = Number(w.max ?? w.limit);
    if (!(perSeconds > 0 && max > 0)) return undefined;
    windows.push({ perSeconds, max });
  }
  return windows;
}

/** A channel from its stored hash (HGETALL); undefined for an empty one (no such channel). */
export function channelFromHash(h: Record<string, string>): Channel | undefined {
  if (!h.id) return undefined;
  return {
    id: h.id,
    teamId: h.teamId ?? '',
    name: h.name ?? '',
    webhookUrl: h.webhookUrl ?? '',
    kind: (h.kind ?? 'other') as DestinationKind,
    o365Format: (h.o365Format ?? 'messagecard') as O365Format,
    status: (h.status ?? 'ok') as ChannelStatus,
    statusReason: h.statusReason || undefined,
    statusCode:
      h.statusCode === 'legacy_url' || h.statusCode === 'destination_gone'
        ? h.statusCode
        : undefined,
    urlVersion: Number(h.urlVersion ?? 0),
    rateLimit: h.rateLimit ? readRateLimit(h.rateLimit) : undefined,
    digest: h.digest !== '0',
    createdAt: h.createdAt ?? '',
  };
}

function toHash(c: Channel): Record<string, string> {
  const h: Record<string, string> = {
    id: c.id,
    teamId: c.teamId,
    name: c.name,
    webhookUrl: c.webhookUrl,
    kind: c.kind,
    o365Format: c.o365Format,
    status: c.status,
    urlVersion: String(c.urlVersion),
    createdAt: c.createdAt,
  };
  if (c.statusReason) h.statusReason = c.statusReason;
  if (c.statusCode) h.statusCode = c.statusCode;
  if (c.rateLimit) h.rateLimit = JSON.stringify(c.rateLimit);
  if (!c.digest) h.digest = '0';
  return h;
}

export function createChannelStore(redis: Redis, keys: Keys): ChannelStore {
  const get = async (id: string) => channelFromHash(await redis.hgetall(keys.channel(id)));
  return {
    async create(channel) {
      await redis
        .multi()
        .hset(keys.channel(channel.id), toHash(channel))
        .sadd(keys.teamChannels(channel.teamId), channel.id)
        .exec();
    },
    get,
    async updateSettings(id, patch) {
      const key = keys.channel(id);
      // Only the fields asked for, so a concurrent status change by a worker is never undone.
      const tx = redis.multi();
      if (patch.name !== undefined) tx.hset(key, 'name', patch.name);
      if (patch.o365Format !== undefined) tx.hset(key, 'o365Format', patch.o365Format);
      if (patch.digest !== undefined) {
        if (patch.digest) tx.hdel(key, 'digest');
        else tx.hset(key, 'digest', '0');
      }
      if (patch.rateLimit === null) tx.hdel(key, 'rateLimit');
      else if (patch.rateLimit !== undefined)
        tx.hset(key, 'rateLimit', JSON.stringify(patch.rateLimit));
      await tx.exec();
      return get(id);
    },
    async listByTeam(teamId) {
      const ids = await redis.smembers(keys.teamChannels(teamId));
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hgetall(keys.channel(id));
      const rows = (await pipe.exec()) ?? [];
      return rows
        .map(([, h]) => channelFromHash(h as Record<string, string>))
        .filter((c): c is Channel => c !== undefined)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async statuses() {
      const teamIds = await redis.smembers(keys.teams());
      const perTeam = redis.pipeline();
      for (const teamId of teamIds) perTeam.smembers(keys.teamChannels(teamId));
      const ids = [
        ...new Set(((await perTeam.exec()) ?? []).flatMap(([, v]) => (v as string[] | null) ?? [])),
      ];
      const pipe = redis.pipeline();
      for (const id of ids) pipe.hget(keys.channel(id), 'status');
      const rows = (await pipe.exec()) ?? [];
      return ids.flatMap((id, i) => {
        const status = rows[i]?.[1] as string | null | undefined;
        // A set member whose hash is gone is no channel.
        return status ? [{ id, status: status as ChannelStatus }] : [];
      });
    },
    async delete(channel) {
      const id = channel.id;
      const [connectorIds, deliveryIds] = await Promise.all([
        redis.smembers(keys.channelConnectors(id)),
        redis.zrange(keys.channelDeliveries(id), 0, -1),
      ]);
      const tx = redis
        .multi()
        .srem(keys.teamChannels(channel.teamId), id)
        .srem(keys.activeChannels(), id)
        .srem(keys.heldChannels(), id)
        .del(
          keys.channel(id),
          keys.channelConnectors(id),
          keys.outbox(id),
          keys.inflight(id),
          keys.deadLetters(id),
          keys.flushFlag(id),
          keys.parked(id),
          keys.held(id),
          keys.budget(id),
          keys.channelDeliveries(id),
        );
      for (const c of connectorIds) tx.del(keys.connector(c));
      for (const d of deliveryIds) tx.del(keys.delivery(id, d), keys.deliveryChannel(d));
      await tx.exec();
    },
    async markGone(id, urlVersion, reason) {
      const done = await redis.eval(
        MARK_GONE,
        2,
        keys.channel(id),
        keys.parked(id),
        String(urlVersion),
        reason,
      );
      return done === 1;
    },
    async replaceUrl(id, url, kind, statusReason) {
      const done = await redis.eval(
        REPLACE_URL,
        2,
        keys.channel(id),
        keys.parked(id),
        url,
        kind,
        statusReason ?? '',
      );
      return done === 1 ? get(id) : undefined;
    },
  };
}

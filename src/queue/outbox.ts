import type { Redis } from 'ioredis';
import type { Keys } from '../store/keys.js';
import type { AttemptLog, DeliveryRecord } from './delivery-record.js';
import { toInflight, type InflightEvent } from './outbox-records.js';
import { HISTORY_MAX, createOutboxReads, type OutboxReads } from './outbox-reads.js';
export type { ChannelBacklog } from './outbox-reads.js';
import {
  DELIVERED,
  DRAIN_TTL_MS,
  ENQUEUE,
  ENSURE_FLUSH,
  NEXT_BATCH,
  RELEASE,
  REPLAY,
  UNDRAIN,
} from './outbox-scripts.js';
import { around } from '../store/ingest-context.js';
import { channelFromHash } from '../store/channel-store.js';
import { decode, hashFromFlat } from '../store/json.js';
import { defineScript } from './script.js';
import type { Channel, Team } from '../core/entities.js';
import { orgFromRaw } from '../store/org-store.js';
import { createOutboxBudget, type OutboxBudget } from './outbox-budget.js';
export type { SlotResult } from './outbox-budget.js';

const DEDUP_TTL_SECONDS = 24 * 3600;
/** Finished deliveries stay visible for a week; unfinished ones never expire. */
const FINISHED_TTL_SECONDS = 7 * 24 * 3600;
const LOG_MAX = 10;
/** How long a delivery id finds its channel for a replay: past any finished delivery's life. */
const INDEX_TTL_SECONDS = 30 * 24 * 3600;

export type { InflightEvent } from './outbox-records.js';
export type * from './outbox-types.js';
import type {
  EnqueueResult,
  NextBatch,
  ReplayResult,
  SettledDelivery,
  Switches,
} from './outbox-types.js';

/** The per-channel outbox in Redis: every operation the ingest edge and flush worker need. */
export interface Outbox extends OutboxReads, OutboxBudget {
  enqueue(
    record: DeliveryRecord,
    senderDeliveryKey: string | undefined,
    nowMs: number,
  ): Promise<EnqueueResult>;
  /**
   * One round trip per batch (NEXT_BATCH): settle `settled`, then the channel and the events in
   * flight (moving up to `maxBatch` from the outbox if none are), or parked, or done.
   */
  nextBatch(
    channelId: string,
    jobId: string,
    maxBatch: number,
    settled?: SettledDelivery,
    takeOver?: { nowMs: number },
  ): Promise<NextBatch>;
  /** The job stops draining: the ready channels nobody else will take, with the jobs to add. */
  undrain(jobId: string, nowMs: number): Promise<Array<{ channelId: string; jobId: string }>>;
  /** Several records in one round trip, in the order asked. */
  loadMany(channelId: string, deliveryIds: string[]): Promise<Array<InflightEvent | undefined>>;
  /** Also reads the switches for the channel's next post (its team's and the org's). */
  markDelivered(
    channel: Pick<Channel, 'id' | 'teamId'>,
    deliveryId: string,
    log: AttemptLog[],
    nowMs: number,
  ): Promise<Switches>;
  markDead(
    channelId: string,
    deliveryId: string,
    reason: string,
    log: AttemptLog[],
    nowMs: number,
  ): Promise<void>;
  markRetrying(
    channelId: string,
    e: InflightEvent,
    reason: string,
    log: AttemptLog[],
    nowMs: number,
  ): Promise<void>;
  /** Hold events for a new URL; `logs` keeps the attempt that found the URL gone. */
  markParked(
    channelId: string,
    deliveryIds: string[],
    reason: string,
    nowMs: number,
    logs?: ReadonlyMap<string, AttemptLog[]>,
  ): Promise<void>;
  /** Drop ids whose record vanished (should not happen; keeps a flush from looping). */
  dropInflight(channelId: string, deliveryId: string): Promise<void>;
  release(channelId: string, jobId: string): Promise<void>;
  ensureFlush(channelId: string, staleJobId: string | undefined): Promise<string | undefined>;
  flushFlag(channelId: string): Promise<string | undefined>;
  activeChannels(): Promise<string[]>;
  /** Queue a dead or delivered delivery again (see REPLAY). */
  replay(channelId: string, deliveryId: string, nowMs: number): Promise<ReplayResult>;
}

/** NEXT_BATCH's answer when there is a batch. */
type Batch = [2, string[], string[], string[][], string | null, string | null];

const capLog = (log: AttemptLog[]) => JSON.stringify(log.slice(-LOG_MAX));

export function createOutbox(redis: Redis, keys: Keys): Outbox {
  const enqueue = defineScript(redis, ENQUEUE, 11);
  const replay = defineScript(redis, REPLAY, 7);
  const nextBatch = defineScript(redis, NEXT_BATCH, 10);
  const undrain = defineScript(redis, UNDRAIN, 2);
  const flagLayout = around((id) => keys.flushFlag(id));
  const seqLayout = around((id) => keys.flushSeq(id));
  const release = defineScript(redis, RELEASE, 1);
  const delivered = defineScript(redis, DELIVERED, 4);
  const ensureFlush = defineScript(redis, ENSURE_FLUSH, 6);
  const teamLayout = around((id) => keys.team(id));
  const switchesFrom = (orgRaw: string | null, teamRaw: string | null): Switches => ({
    org: orgFromRaw(orgRaw),
    team: decode<Team>(teamRaw, 'team'),
  });

  return {
    async enqueue(record, senderKey, nowMs) {
      const ch = record.channelId;
      const res = (await enqueue(
        [
          senderKey
            ? keys.dedup(ch, record.connectorId, senderKey)
            : keys.dedup(ch, record.connectorId, '-'),
          keys.delivery(ch, record.id),
          keys.outbox(ch),
          keys.channelDeliveries(ch),
          keys.flushFlag(ch),
          keys.flushSeq(ch),
          keys.parked(ch),
          keys.activeChannels(),
          keys.deliveryChannel(record.id),
          keys.readyChannels(),
          keys.drainers(),
        ],
        [
          record.id,
          senderKey ? DEDUP_TTL_SECONDS : 0,
          JSON.stringify(record),
          nowMs,
          ch,
          HISTORY_MAX,
          INDEX_TTL_SECONDS,
        ],
      )) as [number, string, string?];
      const [code, deliveryId, jobId] = res;
      if (code === 0) return { status: 'duplicate', deliveryId };
      return {
        status: 'queued',
        deliveryId,
        flushJobId: code === 3 ? jobId : undefined,
        parked: code === 2,
      };
    },

    async nextBatch(channelId, jobId, maxBatch, settled, takeOver) {
      const channelKey = keys.channel(channelId);
      const res = (await nextBatch(
        [
          channelKey,
          keys.parked(channelId),
          keys.outbox(channelId),
          keys.inflight(channelId),
          keys.flushFlag(channelId),
          keys.activeChannels(),
          settled ? keys.delivery(channelId, settled.deliveryId) : channelKey,
          keys.readyChannels(),
          keys.drainers(),
          keys.serving(jobId),
        ],
        [
          maxBatch,
          jobId,
          channelId,
          keys.delivery(channelId, ''),
          settled?.deliveryId ?? '',
          settled?.nowMs ?? 0,
          settled ? capLog(settled.log) : '',
          FINISHED_TTL_SECONDS,
          ...flagLayout,
          DRAIN_TTL_MS,
          takeOver ? '1' : '0',
          takeOver?.nowMs ?? settled?.nowMs ?? Date.now(),
          keys.org(),
          ...teamLayout,
        ],
      )) as [0] | [1] | Batch | [3 | 4, string];
      if (res[0] === 0) return { type: 'parked' };
      if (res[0] === 1) return { type: 'done' };
      if (res[0] === 3 || res[0] === 4) return { type: 'handoff', channelId: res[1] };
      const [, channelFlat, ids, records, orgRaw, teamRaw] = res as Batch;
      const channel = channelFromHash(hashFromFlat(channelFlat));
      // The script saw the channel's hash: only a record without an id could fail here.
      if (!channel) return { type: 'parked' };
      return {
        type: 'batch',
        channel,
        ids,
        events: ids.map((id, i) => toInflight(channelId, id, hashFromFlat(records[i] ?? []))),
        switches: switchesFrom(orgRaw, teamRaw),
      };
    },

    async undrain(jobId, nowMs) {
      const flat = (await undrain(
        [keys.drainers(), keys.readyChannels()],
        [jobId, nowMs, ...flagLayout, ...seqLayout],
      )) as string[];
      const out: Array<{ channelId: string; jobId: string }> = [];
      for (let i = 0; i + 1 < flat.length; i += 2)
        out.push({ channelId: flat[i]!, jobId: flat[i + 1]! });
      return out;
    },

    async loadMany(channelId, deliveryIds) {
      const pipe = redis.pipeline();
      for (const id of deliveryIds) pipe.hgetall(keys.delivery(channelId, id));
      const rows = (await pipe.exec()) ?? [];
      return rows.map(([err, h], i) =>
        err ? undefined : toInflight(channelId, deliveryIds[i] ?? '', h as Record<string, string>),
      );
    },

    async markDelivered(channel, deliveryId, log, nowMs) {
      const [orgRaw, teamRaw] = (await delivered(
        [
          keys.inflight(channel.id),
          keys.delivery(channel.id, deliveryId),
          keys.org(),
          keys.team(channel.teamId),
        ],
        [deliveryId, nowMs, capLog(log), FINISHED_TTL_SECONDS],
      )) as [string | null, string | null];
      return switchesFrom(orgRaw, teamRaw);
    },

    async markDead(channelId, deliveryId, reason, log, nowMs) {
      const key = keys.delivery(channelId, deliveryId);
      await redis
        .multi()
        .lrem(keys.inflight(channelId), 1, deliveryId)
        .rpush(keys.deadLetters(channelId), deliveryId)
        .hset(key, 'state', 'dead', 'lastError', reason, 'updatedAt', nowMs, 'log', capLog(log))
        .exec();
    },

    async markRetrying(channelId, e, reason, log, nowMs) {
      const key = keys.delivery(channelId, e.record.id);
      const tx = redis
        .multi()
        .hset(key, 'state', 'retrying', 'lastError', reason, 'updatedAt', nowMs, 'log', capLog(log))
        .hincrby(key, 'attempts', 1);
      if (e.firstAttemptAt === undefined) tx.hset(key, 'firstAttemptAt', nowMs);
      await tx.exec();
    },

    async markParked(channelId, deliveryIds, reason, nowMs, logs) {
      const tx = redis.multi();
      for (const id of deliveryIds) {
        const key = keys.delivery(channelId, id);
        tx.hset(key, 'state', 'parked', 'lastError', reason, 'updatedAt', nowMs);
        const log = logs?.get(id);
        if (log) tx.hset(key, 'log', capLog(log)).hincrby(key, 'attempts', 1);
      }
      await tx.exec();
    },

    async dropInflight(channelId, deliveryId) {
      await redis.lrem(keys.inflight(channelId), 1, deliveryId);
    },

    async release(channelId, jobId) {
      await release([keys.flushFlag(channelId)], [jobId]);
    },

    async ensureFlush(channelId, staleJobId) {
      const jobId = await ensureFlush(
        [
          keys.outbox(channelId),
          keys.inflight(channelId),
          keys.flushFlag(channelId),
          keys.flushSeq(channelId),
          keys.parked(channelId),
          keys.activeChannels(),
        ],
        [channelId, staleJobId ?? ''],
      );
      return typeof jobId === 'string' ? jobId : undefined;
    },

    async flushFlag(channelId) {
      return (await redis.get(keys.flushFlag(channelId))) ?? undefined;
    },

    async activeChannels() {
      return redis.smembers(keys.activeChannels());
    },

    async replay(channelId, deliveryId, nowMs) {
      const entry: AttemptLog = { at: new Date(nowMs).toISOString(), outcome: 'replayed' };
      const res = (await replay(
        [
          keys.delivery(channelId, deliveryId),
          keys.deadLetters(channelId),
          keys.outbox(channelId),
          keys.flushFlag(channelId),
          keys.flushSeq(channelId),
          keys.parked(channelId),
          keys.activeChannels(),
        ],
        [deliveryId, nowMs, channelId, JSON.stringify(entry), LOG_MAX],
      )) as [number, string?];
      switch (res[0]) {
        case 0:
          return { status: 'not_found' };
        case 1:
          return { status: 'waiting', state: res[1] ?? 'queued' };
        default:
          return {
            status: 'queued',
            parked: res[0] === 2,
            flushJobId: res[0] === 4 ? res[1] : undefined,
          };
      }
    },

    ...createOutboxReads(redis, keys),
    ...createOutboxBudget(redis, keys),
  };
}

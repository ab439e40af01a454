import type { FlushDeps, FlushResult } from './flush-types.js';
import type { AttemptLog } from './delivery-record.js';
import type { InflightEvent, SettledDelivery, Switches } from './outbox.js';
import type { Channel, Org } from '../core/entities.js';
import { renderForChannel } from '../cards/for-channel.js';
import { classifyResponse, type Outcome } from '../delivery/classify.js';
import { retryDelayMs, shouldGiveUp } from '../delivery/backoff.js';
import { budgetOf, capacitySoon, eventsForNextPost } from '../core/budget.js';
import { sendDigest } from './flush-digest.js';
import { createSwitchHold } from './switch-hold.js';

export type { FlushDeps, FlushResult } from './flush-types.js';

/** Teams' message limit is 28 KB; the envelope and a margin take the rest. */
export const DEFAULT_MAX_CARD_BYTES = 24 * 1024;
/** Events claimed per round trip; they are posted one by one, in order. */
const BATCH = 10;
/** The smallest budget the renderer accepts; a card this small is not shrunk further. */
const MIN_CARD_BYTES = 4 * 1024;

/**
 * Drains one channel's outbox in order: render at send time for the channel's current URL
 * kind, post, and obey the classifier. Retries are scheduled by returning `continue` (the
 * queue re-runs the job later); nothing here sleeps.
 */
export function createFlushProcessor(deps: FlushDeps) {
  const { store, outbox, client, clock, logger } = deps;
  const maxPosts = deps.maxPostsPerRun ?? 20;
  const budget = deps.maxCardBytes ?? DEFAULT_MAX_CARD_BYTES;
  const render = deps.render ?? renderForChannel;

  /** Post one event, shrinking it if the destination says it is too large. */
  async function attempt(
    e: InflightEvent,
    channel: Channel,
    org: Org,
  ): Promise<{ outcome: Outcome; log: AttemptLog[] } | { waitMs: number }> {
    const log = [...e.log];
    if (!e.message.ok) {
      // Queued by a release that wrote another shape, or damaged: say so, never guess.
      const reason = e.message.reason;
      log.push({ at: new Date(clock.now()).toISOString(), outcome: 'rejected', reason });
      return { outcome: { type: 'rejected', reason }, log };
    }
    const message = e.message.message;
    let maxBytes = budget;
    for (;;) {
      let card;
      try {
        card = render(message, channel, org, maxBytes);
      } catch (err) {
        // A card that cannot be built must not block the channel behind it: dead-letter it.
        const reason = `could not render the card: ${err instanceof Error ? err.message : String(err)}`;
        log.push({ at: new Date(clock.now()).toISOString(), outcome: 'rejected', reason });
        return { outcome: { type: 'rejected', reason }, log };
      }
      const res = await client.post(channel.webhookUrl, card.body);
      const outcome = classifyResponse(channel.kind, res, clock.now());
      deps.instruments?.attempts.inc({ kind: channel.kind, outcome: outcome.type });
      log.push({
        at: new Date(clock.now()).toISOString(),
        outcome: outcome.type,
        ...('status' in res ? { status: res.status } : {}),
        ...('reason' in outcome ? { reason: outcome.reason } : {}),
      });
      // Oversized: shrink and resend smaller bytes, never the same ones.
      if (outcome.type === 'too_large' && card.bytes > MIN_CARD_BYTES) {
        maxBytes = Math.max(MIN_CARD_BYTES, Math.floor(card.bytes / 2));
        // The smaller post is a post too: it needs its own slot in the budget.
        const slot = await slotFor(channel);
        if ('waitMs' in slot) return slot;
        continue;
      }
      return { outcome, log };
    }
  }

  /**
   * A slot in the channel's budget for one post, and how many posts the budget passes soon;
   * or how long until a slot opens. A channel without a budget always has one.
   */
  async function slotFor(channel: Channel): Promise<{ capacity: number } | { waitMs: number }> {
    const windows = budgetOf(channel);
    if (windows.length === 0) return { capacity: Number.POSITIVE_INFINITY };
    const slot = await outbox.takeSlot(channel.id, windows);
    if (!slot.ok) {
      deps.instruments?.budgetWaits.inc({ kind: channel.kind });
      return { waitMs: slot.waitMs };
    }
    return { capacity: capacitySoon(windows, slot.used) };
  }

  /**
   * Apply one attempt's outcome. `next`: go on with the batch (with the switches for the next
   * post, when the bookkeeping's round trip read them); `reread`: the channel changed under us
   * (rotated), read it again; otherwise the run ends with that result.
   */
  async function settle(
    e: InflightEvent,
    outcome: Outcome,
    log: AttemptLog[],
    channel: Channel,
    jobId: string,
    lastOfBatch: boolean,
  ): Promise<'next' | { next: Switches } | 'reread' | FlushResult | SettledDelivery> {
    const { channelId, id: deliveryId } = e.record;
    const now = clock.now();
    /** One line per settled attempt (delivered / retry / dead / parked), for operators. */
    const said = (
      level: 'info' | 'warn',
      msg: string,
      result: 'delivered' | 'retry' | 'dead' | 'parked',
      extra: Record<string, unknown>,
    ) =>
      logger[level](msg, {
        outcome: result,
        channelId,
        deliveryId,
        connectorId: e.record.connectorId,
        event: e.record.eventName,
        kind: channel.kind,
        attempt: e.attempts + 1,
        status: log.at(-1)?.status,
        ...extra,
      });
    switch (outcome.type) {
      case 'delivered': {
        // The last of a batch is recorded by the next batch's round trip, in the same tick.
        const switches = lastOfBatch
          ? undefined
          : await outbox.markDelivered(channel, deliveryId, log, now);
        const latencyMs = now - Date.parse(e.record.receivedAt);
        said('info', 'delivered', 'delivered', { latencyMs });
        deps.instruments?.deliverySeconds.observe({ kind: channel.kind }, latencyMs / 1000);
        return switches ? { next: switches } : { deliveryId, log, nowMs: now };
      }
      case 'rejected':
      case 'too_large':
        said('warn', 'delivery dead-lettered', 'dead', { reason: outcome.reason });
        await outbox.markDead(channelId, deliveryId, outcome.reason, log, now);
        await deps.alerts?.deadLettered(channel, outcome.reason);
        return 'next';
      case 'gone': {
        const parked = await store.channels.markGone(channelId, channel.urlVersion, outcome.reason);
        if (!parked) {
          said('info', 'delivery will be retried', 'retry', {
            reason: `${outcome.reason}; the URL was rotated meanwhile, trying the new one`,
          });
          return 'reread'; // the URL was rotated while we posted: try the new one
        }
        said('warn', 'destination gone; channel parked', 'parked', { reason: outcome.reason });
        await deps.alerts?.attentionRequired(channel, outcome.reason);
        await outbox.markParked(
          channelId,
          [deliveryId],
          outcome.reason,
          now,
          new Map([[deliveryId, log]]),
        );
        await outbox.release(channelId, jobId);
        return { type: 'parked' };
      }
      case 'retry': {
        const first = e.firstAttemptAt ?? now;
        if (shouldGiveUp(first, now, deps.retryHorizonMs)) {
          const reason = `gave up after ${e.attempts + 1} attempts: ${outcome.reason}`;
          said('warn', 'delivery dead-lettered', 'dead', { reason });
          await outbox.markDead(channelId, deliveryId, reason, log, now);
          await deps.alerts?.deadLettered(channel, reason);
          return 'next';
        }
        await outbox.markRetrying(channelId, e, outcome.reason, log, now);
        const delay = retryDelayMs(e.attempts + 1, deps.random, {
          retryAfterMs: outcome.retryAfterMs,
        });
        said('info', 'delivery will be retried', 'retry', {
          reason: outcome.reason,
          retryInMs: delay,
        });
        return { type: 'continue', at: now + delay };
      }
      default: {
        const unreachable: never = outcome;
        throw new Error(`unhandled outcome ${JSON.stringify(unreachable)}`);
      }
    }
  }

  const digestDeps = { ...deps, budget, render, slotFor };
  const holdIfSwitchedOff = createSwitchHold(deps);

  /** `takeOver`: when the channel is done, the job may take over a ready channel (worker.ts). */
  return async function flush(
    channelId: string,
    jobId: string,
    takeOver = false,
  ): Promise<FlushResult> {
    let posts = 0;
    let settled: SettledDelivery | undefined;
    for (;;) {
      // One round trip for everything a batch needs, the org and its switches included: see
      // NEXT_BATCH.
      const next = await outbox.nextBatch(
        channelId,
        jobId,
        BATCH,
        settled,
        takeOver ? { nowMs: clock.now() } : undefined,
      );
      settled = undefined;
      // Parked (or gone from the store): every event is kept; rotation schedules a new flush.
      if (next.type !== 'batch') return next;
      const { channel, ids, events } = next;
      const { org } = next.switches;
      // What the last round trip read of the switches; undefined: read them before posting.
      let switches: Switches | undefined = next.switches;
      batch: for (const [i, deliveryId] of ids.entries()) {
        const e = events[i];
        if (!e) {
          logger.error('delivery record missing; dropping from flight', { channelId, deliveryId });
          await outbox.dropInflight(channelId, deliveryId);
          continue;
        }
        if (posts >= maxPosts || deps.stopping?.()) return { type: 'continue', at: clock.now() };
        // Connectors switched off: nothing more is posted; the events wait (switch-hold.ts).
        const held = await holdIfSwitchedOff(channel, jobId, switches);
        if (held) return held;
        // Waiting for the budget frees the worker: the job comes back when the slot opens.
        const slot = await slotFor(channel);
        if ('waitMs' in slot) return { type: 'continue', at: clock.now() + slot.waitMs };
        posts++;
        if (channel.digest && Number.isFinite(slot.capacity)) {
          const { queued, inflight } = await outbox.depth(channelId);
          const merge = eventsForNextPost(queued + inflight, slot.capacity, true);
          if (merge > 1) {
            const sent = await sendDigest(digestDeps, channel, org, merge, jobId);
            if (sent === 'next') break batch; // claim again: the digest took several
            if (sent !== 'single') return sent;
            // The digest was refused: this event goes alone, in a slot of its own.
            const again = await slotFor(channel);
            if ('waitMs' in again) return { type: 'continue', at: clock.now() + again.waitMs };
          }
        }
        const tried = await attempt(e, channel, org);
        if ('waitMs' in tried) return { type: 'continue', at: clock.now() + tried.waitMs };
        const { outcome, log } = tried;
        const after = await settle(e, outcome, log, channel, jobId, i === ids.length - 1);
        if (after === 'reread') break batch;
        if (after === 'next') {
          switches = undefined;
          continue;
        }
        if ('next' in after) {
          switches = after.next;
          continue;
        }
        if ('deliveryId' in after) {
          settled = after;
          break batch;
        }
        return after;
      }
    }
  };
}

export type FlushProcessor = ReturnType<typeof createFlushProcessor>;

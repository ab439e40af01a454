/**
 * One digest post: the oldest `count` waiting events of a channel in one card, because its
 * budget cannot pass them one by one soon. Each event is settled by the post's outcome and its
 * log names the digest that carried it, so every event is accounted for exactly once.
 */
import { randomBytes } from 'node:crypto';
import { digestCard } from '../cards/digest.js';
import type { renderForChannel } from '../cards/for-channel.js';
import type { Channel, Org } from '../core/entities.js';
import { MESSAGE_VERSION, type DigestEntry } from '../core/message.js';
import { retryDelayMs, shouldGiveUp } from '../delivery/backoff.js';
import { classifyResponse } from '../delivery/classify.js';
import type { AttemptLog } from './delivery-record.js';
import type { FlushDeps, FlushResult } from './flush-types.js';
import type { InflightEvent } from './outbox.js';

export interface DigestDeps extends FlushDeps {
  budget: number;
  render: typeof renderForChannel;
  slotFor: (channel: Channel) => Promise<{ capacity: number } | { waitMs: number }>;
}

const MIN_CARD_BYTES = 4 * 1024;

/**
 * `next`: delivered (or settled), claim again; `single`: the destination refused the digest,
 * post the events alone; otherwise the run ends with that result.
 */
export async function sendDigest(
  deps: DigestDeps,
  channel: Channel,
  org: Org,
  count: number,
  jobId: string,
): Promise<'next' | 'single' | FlushResult> {
  const { outbox, clock, logger } = deps;
  const channelId = channel.id;
  const ids = (await outbox.claimUpTo(channelId, count)).slice(0, count);
  const loaded = await outbox.loadMany(channelId, ids);
  const members: Array<InflightEvent & { entry: DigestEntry }> = [];
  for (const e of loaded) {
    if (e?.message.ok) members.push({ ...e, entry: e.message.message.digest });
  }
  // Unreadable records are left for the single path, which dead-letters them with the reason.
  if (members.length < 2) return 'single';

  const digestId = `dg_${randomBytes(6).toString('base64url')}`;
  const card = digestCard(members.map((m) => m.entry));
  const message = {
    v: MESSAGE_VERSION,
    card,
    digest: { source: card.source, event: 'digest', title: card.title },
  };
  let maxBytes = deps.budget;
  for (;;) {
    const rendered = deps.render(message, channel, org, maxBytes);
    const res = await deps.client.post(channel.webhookUrl, rendered.body);
    const now = clock.now();
    const outcome = classifyResponse(channel.kind, res, now);
    deps.instruments?.attempts.inc({ kind: channel.kind, outcome: outcome.type });
    const entry: AttemptLog = {
      at: new Date(now).toISOString(),
      outcome: outcome.type,
      ...('status' in res ? { status: res.status } : {}),
      reason: `${'reason' in outcome ? `${outcome.reason}; ` : ''}in digest ${digestId} of ${members.length} events`,
      digest: digestId,
    };
    const fields = { channelId, digestId, events: members.length, kind: channel.kind };
    switch (outcome.type) {
      case 'delivered':
        for (const m of members) {
          await outbox.markDelivered(channel, m.record.id, [...m.log, entry], now);
          const latency = (now - Date.parse(m.record.receivedAt)) / 1000;
          deps.instruments?.deliverySeconds.observe({ kind: channel.kind }, latency);
          logger.info('delivered', {
            outcome: 'delivered',
            channelId,
            deliveryId: m.record.id,
            connectorId: m.record.connectorId,
            event: m.record.eventName,
            digestId,
            latencyMs: now - Date.parse(m.record.receivedAt),
          });
        }
        deps.instruments?.digests.inc({ kind: channel.kind });
        deps.instruments?.digestEvents.inc({ kind: channel.kind }, members.length);
        return 'next';
      case 'too_large':
        if (rendered.bytes > MIN_CARD_BYTES) {
          maxBytes = Math.max(MIN_CARD_BYTES, Math.floor(rendered.bytes / 2));
          const slot = await deps.slotFor(channel);
          if ('waitMs' in slot) return { type: 'continue', at: now + slot.waitMs };
          continue;
        }
        logger.warn('digest refused; posting its events one by one', { ...fields, ...entry });
        return 'single';
      case 'rejected':
        logger.warn('digest refused; posting its events one by one', { ...fields, ...entry });
        return 'single';
      case 'gone': {
        const parked = await deps.store.channels.markGone(
          channelId,
          channel.urlVersion,
          outcome.reason,
        );
        if (!parked) return 'next'; // rotated meanwhile: the next run uses the new URL
        logger.warn('destination gone; channel parked', { ...fields, reason: outcome.reason });
        await deps.alerts?.attentionRequired(channel, outcome.reason);
        const logs = new Map(members.map((m) => [m.record.id, [...m.log, entry]]));
        await outbox.markParked(channelId, ids, outcome.reason, now, logs);
        await outbox.release(channelId, jobId);
        return { type: 'parked' };
      }
      case 'retry': {
        const first = members[0]!;
        for (const m of members) {
          const since = m.firstAttemptAt ?? now;
          if (shouldGiveUp(since, now, deps.retryHorizonMs)) {
            const reason = `gave up after ${m.attempts + 1} attempts: ${outcome.reason}`;
            await outbox.markDead(channelId, m.record.id, reason, [...m.log, entry], now);
            await deps.alerts?.deadLettered(channel, reason);
          } else {
            await outbox.markRetrying(channelId, m, outcome.reason, [...m.log, entry], now);
          }
        }
        const delay = retryDelayMs(first.attempts + 1, deps.random, {
          retryAfterMs: outcome.retryAfterMs,
        });
        logger.info('digest will be retried', {
          ...fields,
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
}

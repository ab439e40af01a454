import { Gauge, type Registry } from 'prom-client';
import type { Clock } from '../core/clock.js';
import type { ChannelStatus } from '../core/entities.js';
import type { Logger } from '../core/logger.js';
import type { ChannelBacklog, Outbox } from '../queue/outbox.js';
import type { ChannelStore } from '../store/channel-store.js';

/** What one scrape reads from Redis; every gauge below is a view of it. */
export interface BacklogSnapshot {
  queued: number;
  inflight: number;
  parked: number;
  dead: number;
  channels: Record<ChannelStatus, number>;
  /** Age of the oldest event waiting on a channel that is not parked; 0 when none waits. */
  oldestWaitingSeconds: number;
}

export function summarise(
  statuses: ReadonlyArray<{ status: ChannelStatus }>,
  backlog: readonly ChannelBacklog[],
  nowMs: number,
): BacklogSnapshot {
  const s: BacklogSnapshot = {
    queued: 0,
    inflight: 0,
    parked: 0,
    dead: 0,
    channels: { ok: 0, attention_required: 0 },
    oldestWaitingSeconds: 0,
  };
  for (const { status } of statuses) s.channels[status] = (s.channels[status] ?? 0) + 1;
  let oldest = Infinity;
  for (const b of backlog) {
    s.dead += b.dead;
    if (b.parked) {
      // Held until an owner rotates the URL: counted apart, so queued means "will go out".
      s.parked += b.queued + b.inflight;
      continue;
    }
    s.queued += b.queued;
    s.inflight += b.inflight;
    if (b.oldestReceivedAt !== undefined) oldest = Math.min(oldest, b.oldestReceivedAt);
  }
  if (oldest !== Infinity) s.oldestWaitingSeconds = Math.max(0, (nowMs - oldest) / 1000);
  return s;
}

/**
 * Gauges read from Redis when Prometheus scrapes, not kept in memory: every api and worker
 * process reports the same, whole-deployment values (aggregate them with max, not sum).
 *
 * Cost per scrape: one SMEMBERS per team, then per channel one HGET (status) and six O(1)
 * list/key reads, plus one HGET for a channel with events waiting; pipelined in about
 * 4 + 2 × channels/500 round trips. All gauges share one read; concurrent scrapes share it
 * too. If Redis does not answer, the gauges are left out and relay_redis_up is 0.
 */
export function registerRedisGauges(
  registry: Registry,
  deps: {
    channels: Pick<ChannelStore, 'statuses'>;
    outbox: Pick<Outbox, 'backlog' | 'activeChannels'>;
    clock: Clock;
    logger: Logger;
  },
): void {
  let pending: Promise<BacklogSnapshot | undefined> | undefined;
  const read = async (): Promise<BacklogSnapshot | undefined> => {
    try {
      const [statuses, active] = await Promise.all([
        deps.channels.statuses(),
        deps.outbox.activeChannels(),
      ]);
      // Active channels are normally all known channels; the union also covers work left on a
      // channel whose record is gone.
      const ids = [...new Set([...statuses.map((c) => c.id), ...active])];
      return summarise(statuses, await deps.outbox.backlog(ids), deps.clock.now());
    } catch (err) {
      deps.logger.warn('could not read queue gauges from Redis', { err });
      return undefined;
    }
  };
  /** One read per scrape: the first gauge collected starts it, the others wait for it. */
  const snapshot = () =>
    (pending ??= read().finally(() => {
      pending = undefined;
    }));

  const gauge = (
    name: string,
    help: string,
    value: (s: BacklogSnapshot) => number,
  ): Gauge<string> =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        const s = await snapshot();
        // Left out rather than 0 when Redis did not answer: 0 would claim an empty queue.
        if (s) this.set(value(s));
        else this.remove();
      },
    });

  gauge(
    'relay_events_queued',
    'Events waiting in channel outboxes to be posted (not counting parked channels).',
    (s) => s.queued,
  );
  gauge(
    'relay_events_in_flight',
    'Events a flush has taken and not yet settled (not counting parked channels).',
    (s) => s.inflight,
  );
  gauge(
    'relay_events_parked',
    'Events held on channels whose destination is gone, until the URL is rotated.',
    (s) => s.parked,
  );
  gauge(
    'relay_events_dead',
    'Dead-lettered events kept in Redis (the destination refused them, or retries ran out).',
    (s) => s.dead,
  );
  gauge(
    'relay_oldest_waiting_event_age_seconds',
    'Age of the oldest event waiting for delivery on a channel that is not parked; 0 if none.',
    (s) => s.oldestWaitingSeconds,
  );
  new Gauge({
    name: 'relay_channels',
    help: 'Channels by status: ok, or attention_required (parked or a retired URL kind).',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const s = await snapshot();
      this.reset();
      if (!s) return;
      for (const [status, n] of Object.entries(s.channels)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'relay_redis_up',
    help: '1 if the queue gauges could be read from Redis at this scrape, else 0.',
    registers: [registry],
    async collect() {
      this.set((await snapshot()) ? 1 : 0);
    },
  });
}

import type { renderForChannel } from '../cards/for-channel.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { RelayInstruments } from '../core/metrics.js';
import type { DeliveryClient } from '../delivery/client.js';
import type { Store } from '../store/index.js';
import type { OperatorAlerts } from './operator-alerts.js';
import type { Outbox } from './outbox.js';

/** What the queue wrapper should do with the job after one run. */
export type FlushResult =
  | { type: 'done' }
  | { type: 'parked' }
  /** More to do (or a retry is due): run this channel's job again at `at`. */
  | { type: 'continue'; at: number }
  /** This channel is done, and the job serves `channelId` now (it took it over). */
  | { type: 'handoff'; channelId: string };

export interface FlushDeps {
  /** Tells the operators' alert channel when a channel parks or dead-letters events. */
  alerts?: OperatorAlerts;
  store: Store;
  outbox: Outbox;
  client: Pick<DeliveryClient, 'post'>;
  clock: Clock;
  logger: Logger;
  random: () => number;
  retryHorizonMs: number;
  /** Posts per job run before yielding, so one busy channel cannot hog a worker slot. */
  maxPostsPerRun?: number;
  instruments?: Pick<
    RelayInstruments,
    'attempts' | 'deliverySeconds' | 'budgetWaits' | 'digests' | 'digestEvents'
  >;
  /** The card size budget in bytes. */
  maxCardBytes?: number;
  /** True once the process is shutting down: finish the post in flight, then hand back. */
  stopping?: () => boolean;
  /** How long events are held while connectors are switched off (default 24 h). */
  switchHoldMs?: number;
  /** Event → bytes for a channel; the real renderer unless a test swaps it. */
  render?: typeof renderForChannel;
}

/** What the outbox's operations answer (outbox.ts), apart from the Redis code behind them. */
import type { Channel, Org, Team } from '../core/entities.js';
import type { AttemptLog } from './delivery-record.js';
import type { InflightEvent } from './outbox-records.js';

export type ReplayResult =
  | { status: 'not_found' }
  | { status: 'waiting'; state: string }
  | { status: 'queued'; parked: boolean; flushJobId: string | undefined };

export type EnqueueResult =
  | { status: 'duplicate'; deliveryId: string }
  | { status: 'queued'; deliveryId: string; flushJobId: string | undefined; parked: boolean };

/** A delivered event whose bookkeeping rides on the next batch's round trip. */
export interface SettledDelivery {
  deliveryId: string;
  log: AttemptLog[];
  nowMs: number;
}

/**
 * The records whose switches decide whether a channel's next post may go out, read in the
 * round trip before it (NEXT_BATCH, DELIVERED). The team is undefined when its record is gone.
 */
export interface Switches {
  org: Org;
  team: Team | undefined;
}

/**
 * What a flush does next: stop (the channel is parked or gone, the flag is given up), end (nothing is
 * left, the job is over), or post this batch. Records that cannot be read are undefined.
 */
export type NextBatch =
  | { type: 'parked' }
  | { type: 'done' }
  /** This job serves another channel now: it took it over, or had done so before. */
  | { type: 'handoff'; channelId: string }
  | {
      type: 'batch';
      channel: Channel;
      ids: string[];
      events: Array<InflightEvent | undefined>;
      switches: Switches;
    };

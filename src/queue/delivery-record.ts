import type { NormalizedEvent } from '../core/events/index.js';

/** What ingest stores for each accepted event; never holds the destination URL. */
export interface DeliveryRecord {
  id: string;
  channelId: string;
  connectorId: string;
  connectorType: string;
  eventName: string;
  /** The sender's own delivery id (X-GitHub-Delivery, Trello action.id), when it has one. */
  senderDeliveryId: string | undefined;
  receivedAt: string;
  event: NormalizedEvent;
}

export type DeliveryState = 'queued' | 'retrying' | 'delivered' | 'dead' | 'parked';

export interface AttemptLog {
  at: string;
  outcome: string;
  status?: number;
  reason?: string;
}

/** A delivery as the API shows it: the record (without the event) plus its progress. */
export type DeliveryView = Omit<DeliveryRecord, 'event'> & {
  state: DeliveryState;
  attempts: number;
  lastError: string | undefined;
  updatedAt: string;
  deliveredAt: string | undefined;
  log: AttemptLog[];
};

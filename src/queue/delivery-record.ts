import type { QueuedMessage } from '../core/message.js';

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
  /** Sent by `POST /connectors/{id}/test`. */
  test?: boolean;
  /** Checked against its schema whenever it is read back (see core/message.ts). */
  message: QueuedMessage;
}

/** Everything but the message: what the API shows and the flush needs to settle an event. */
export type DeliveryMeta = Omit<DeliveryRecord, 'message'>;

export type DeliveryState = 'queued' | 'retrying' | 'delivered' | 'dead' | 'parked';

export interface AttemptLog {
  at: string;
  outcome: string;
  status?: number;
  reason?: string;
  /** The digest card that carried the event, when it went out in one. */
  digest?: string;
}

/** A delivery as the API shows it: the record (without the message) plus its progress. */
export type DeliveryView = DeliveryMeta & {
  state: DeliveryState;
  attempts: number;
  lastError: string | undefined;
  updatedAt: string;
  deliveredAt: string | undefined;
  log: AttemptLog[];
  /** The digest that took the event, if one did (from its log). */
  digestId?: string | undefined;
};

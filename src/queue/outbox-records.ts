/**
 * Reading the outbox's stored records back: never trusted, since an older release may have
 * written them, and never thrown on, so one bad record cannot stop a channel or a listing.
 */
import { readMessage, type ReadMessageResult } from '../core/message.js';
import type {
  AttemptLog,
  DeliveryMeta,
  DeliveryRecord,
  DeliveryState,
  DeliveryView,
} from './delivery-record.js';

export interface InflightEvent {
  record: DeliveryMeta;
  /** The queued message, or why it cannot be read (the flush dead-letters it with that reason). */
  message: ReadMessageResult;
  attempts: number;
  firstAttemptAt: number | undefined;
  log: AttemptLog[];
}

/**
 * A stored record, read without trusting it: it may have been written by an older release or
 * damaged. What cannot be read is reported, never thrown, so one bad record cannot stop a
 * channel or an API listing.
 */
function readRecord(
  channelId: string,
  id: string,
  json: string,
): { meta: DeliveryMeta; message: ReadMessageResult } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) {
    const meta: DeliveryMeta = {
      id,
      channelId,
      connectorId: '',
      connectorType: '',
      eventName: '',
      senderDeliveryId: undefined,
      receivedAt: new Date(0).toISOString(),
    };
    return { meta, message: { ok: false, reason: 'delivery record is not valid JSON' } };
  }
  const { message, ...rest } = parsed as Partial<DeliveryRecord>;
  const meta = { ...rest, id, channelId } as DeliveryMeta;
  return { meta, message: readMessage(message) };
}

export function toView(
  channelId: string,
  id: string,
  h: Record<string, string>,
): DeliveryView | undefined {
  if (!h.record) return undefined;
  // The message stays out of the view: it is the relay's working copy, not what an operator reads.
  const { meta } = readRecord(channelId, id, h.record);
  const log = readLog(h.log);
  const digestId = log.findLast((entry) => entry.digest)?.digest;
  return {
    ...meta,
    state: (h.state ?? 'queued') as DeliveryState,
    attempts: Number(h.attempts ?? 0),
    lastError: h.lastError || undefined,
    updatedAt: new Date(Number(h.updatedAt)).toISOString(),
    deliveredAt: h.deliveredAt ? new Date(Number(h.deliveredAt)).toISOString() : undefined,
    log,
    ...(digestId ? { digestId } : {}),
  };
}

/** The queued message of a stored record, or why it cannot be read. */
export function messageOf(
  channelId: string,
  id: string,
  h: Record<string, string>,
): ReadMessageResult | undefined {
  return h.record ? readRecord(channelId, id, h.record).message : undefined;
}

export function toInflight(
  channelId: string,
  id: string,
  h: Record<string, string>,
): InflightEvent | undefined {
  if (!h.record) return undefined;
  const { meta, message } = readRecord(channelId, id, h.record);
  return {
    record: meta,
    message,
    attempts: Number(h.attempts ?? 0),
    firstAttemptAt: h.firstAttemptAt ? Number(h.firstAttemptAt) : undefined,
    log: readLog(h.log),
  };
}

function readLog(json: string | undefined): AttemptLog[] {
  if (!json) return [];
  try {
    const log: unknown = JSON.parse(json);
    return Array.isArray(log) ? (log as AttemptLog[]) : [];
  } catch {
    return [];
  }
}

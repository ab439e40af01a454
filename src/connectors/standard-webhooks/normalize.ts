import { createHash } from 'node:crypto';
import { utcMinute } from '../kit/wording.js';
import type { IngestRequest, Outcome } from '../types.js';
import { dataView, type DataView } from './data-facts.js';
import { SVIX_HEADERS } from './verify.js';

/** What the card shows of one event. */
export interface SignedWebhookEvent {
  type: string;
  /** When the event happened, as `2026-05-01 10:00 UTC` (or as sent when not a date). */
  when?: string;
  view: DataView;
}

/** `contact.created`, `invoice.payment_failed`, `user:deleted`: names a filter can list. */
const EVENT_TYPE = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/;
const DELIVERY_ID = /^[\x21-\x7e]{1,128}$/;
const ID_HEADERS = ['webhook-id', SVIX_HEADERS.id] as const;

function own(payload: object, key: string): unknown {
  return Object.hasOwn(payload, key) ? (payload as Record<string, unknown>)[key] : undefined;
}

/**
 * `webhook-id` names the message and stays the same on every retry; Stripe's is the body
 * `id`. Without either, the exact bytes, which a retry repeats.
 */
function deliveryId(payload: object, req: IngestRequest): string {
  for (const header of ID_HEADERS) {
    const value = req.headers[header]?.trim();
    if (value && DELIVERY_ID.test(value)) return value;
  }
  const id = own(payload, 'id');
  if (typeof id === 'string' && DELIVERY_ID.test(id)) return id;
  return `body-${createHash('sha256').update(req.rawBody).digest('hex')}`;
}

/** `timestamp` (ISO 8601, Standard Webhooks) or `created` (Unix seconds, Stripe). */
function when(payload: object): string | undefined {
  const timestamp = own(payload, 'timestamp');
  if (typeof timestamp === 'string') return utcMinute(timestamp) ?? timestamp.slice(0, 64);
  const created = own(payload, 'created');
  if (typeof created === 'number' && Number.isInteger(created) && created > 0) {
    const date = new Date(created * 1000);
    return Number.isNaN(date.getTime()) ? undefined : utcMinute(date.toISOString());
  }
  return undefined;
}

/** Stripe wraps the object an event is about as `data.object`. */
function dataOf(payload: object): unknown {
  const data = own(payload, 'data');
  if (own(payload, 'object') !== 'event' || typeof data !== 'object' || data === null) return data;
  const inner = own(data, 'object');
  return typeof inner === 'object' && inner !== null ? inner : data;
}

/** The Standard Webhooks convention `{type, timestamp, data}`; Stripe's events fit it too. */
export function normalizeSignedWebhook(
  payload: unknown,
  req: IngestRequest,
): Outcome<SignedWebhookEvent> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: 'payload is not a JSON object' };
  }
  const type = own(payload, 'type');
  if (type === undefined) {
    return {
      kind: 'malformed',
      message: 'payload is missing type: Standard Webhooks events are {type, timestamp, data}',
    };
  }
  if (typeof type !== 'string' || !EVENT_TYPE.test(type)) {
    return { kind: 'malformed', message: 'payload type is not an event type name' };
  }
  return {
    kind: 'event',
    eventName: type,
    deliveryId: deliveryId(payload, req),
    event: { type, when: when(payload), view: dataView(dataOf(payload)) },
  };
}

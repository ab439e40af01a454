import type { IngestRequest, Outcome } from '../types.js';
import { readFields, type GenericFields } from './fields.js';

export interface GenericEvent {
  event: string;
  fields: GenericFields;
}

/** Event names and delivery ids are echoed in logs and filters: short tokens only. */
const TOKEN = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,63}$/;
const MAX_DELIVERY_ID = 128;
const EVENT_HEADERS = ['x-event-type', 'x-event-name'];
const EVENT_KEYS = ['event', 'event_type', 'eventType', 'type', 'action', 'kind'];
const ID_HEADERS = ['idempotency-key', 'x-delivery-id', 'x-request-id', 'x-event-id'];
const ID_KEYS = ['id', 'event_id', 'eventId', 'uuid', 'delivery_id'];

/** The first value among `names` that is a short token (strings, or numbers for ids). */
function token(values: Array<unknown>, pattern: (s: string) => boolean): string | undefined {
  for (const value of values) {
    const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
    if (typeof text === 'string' && pattern(text.trim())) return text.trim();
  }
  return undefined;
}

function own(payload: unknown, keys: readonly string[]): unknown[] {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return [];
  const obj = payload as Record<string, unknown>;
  return keys.map((k) => (Object.hasOwn(obj, k) ? obj[k] : undefined));
}

/** Any JSON is an event: nothing a sender posts is refused for its shape. */
export function normalizeGeneric(payload: unknown, req: IngestRequest): Outcome<GenericEvent> {
  const event =
    token([...EVENT_HEADERS.map((h) => req.headers[h]), ...own(payload, EVENT_KEYS)], (s) =>
      TOKEN.test(s),
    ) ?? 'message';
  const deliveryId = token(
    [...ID_HEADERS.map((h) => req.headers[h]), ...own(payload, ID_KEYS)],
    (s) => s.length > 0 && s.length <= MAX_DELIVERY_ID && /^[\x21-\x7e]+$/.test(s),
  );
  return {
    kind: 'event',
    eventName: event,
    deliveryId,
    event: { event, fields: readFields(payload) },
  };
}

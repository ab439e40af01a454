import { createHash } from 'node:crypto';
import type { IngestRequest, Outcome } from '../types.js';
import { EVENT_TYPE_PREFIX, TRIGGER } from './event-names.js';
import type { ZendeskEvent } from './events.js';
import { normalizeMessage, normalizeOther } from './normalize-other.js';
import { normalizePerson } from './normalize-people.js';
import { normalizeTicket } from './normalize-ticket.js';
import { normalizeTrigger } from './normalize-trigger.js';
import { envelope } from './schema.js';
import { findSubdomain } from './subdomain.js';

/** `ticket.status_changed`, `messaging_ticket.message_added`: dotted snake_case words. */
const EVENT_NAME = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
const MAX_EVENT_NAME = 64;

/** Event ids are ULIDs or UUIDs; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;

const INVOCATION = 'x-zendesk-webhook-invocation-id';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Event-subscribed webhooks name the event in the body's `type` (`zen:event-type:…`) and the
 * event in `id`, which is the de-duplication key. Any other JSON object is a trigger or
 * automation body, which the user writes.
 */
export function interpretZendesk(payload: unknown, req: IngestRequest): Outcome<ZendeskEvent> {
  if (!isObject(payload)) return { kind: 'malformed', message: 'body is not a JSON object' };
  const subdomain = findSubdomain(payload);
  const typed = envelope.safeParse(payload);
  if (!typed.success || !typed.data.type.startsWith(EVENT_TYPE_PREFIX)) {
    return interpretTrigger(payload, req, subdomain);
  }
  const e = typed.data;
  const eventName = e.type.slice(EVENT_TYPE_PREFIX.length);
  if (eventName.length > MAX_EVENT_NAME || !EVENT_NAME.test(eventName)) {
    return { kind: 'malformed', message: 'type is not a Zendesk event type' };
  }
  const deliveryId = e.id?.trim() || req.headers[INVOCATION]?.trim() || undefined;
  if (deliveryId !== undefined && deliveryId.length > MAX_DELIVERY_ID) {
    return { kind: 'malformed', message: 'the event id is not an id' };
  }
  const dot = eventName.indexOf('.');
  const domain = eventName.slice(0, dot);
  const action = eventName.slice(dot + 1);
  let event: ZendeskEvent;
  if (domain === 'ticket') event = normalizeTicket(e, action, subdomain);
  else if (domain === 'user' || domain === 'organization') {
    event = normalizePerson(e, domain, action, subdomain);
  } else if (domain === 'messaging_ticket') event = normalizeMessage(e, subdomain);
  else event = normalizeOther(e, eventName);
  return { kind: 'event', eventName, deliveryId, event };
}

/**
 * A trigger body has no event id. The invocation id header names the delivery, which
 * Zendesk keeps for its retries; without it, the body's own digest does: a retry repeats the
 * same bytes. Two firings with identical bodies within a day are then taken for one, which a
 * template with `{{ticket.updated_at_with_timestamp}}` avoids.
 */
function interpretTrigger(
  payload: unknown,
  req: IngestRequest,
  subdomain: string | undefined,
): Outcome<ZendeskEvent> {
  const event = normalizeTrigger(payload, subdomain);
  if (event === undefined) {
    return {
      kind: 'malformed',
      message:
        'not a Zendesk event (no zen:event-type: type) and not a trigger body naming a ticket ' +
        'by id or title',
    };
  }
  const invocation = req.headers[INVOCATION]?.trim();
  const deliveryId =
    invocation && invocation.length <= MAX_DELIVERY_ID
      ? invocation
      : `body:${createHash('sha256').update(req.rawBody).digest('hex')}`;
  return { kind: 'event', eventName: TRIGGER, deliveryId, event };
}

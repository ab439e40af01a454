import { z } from 'zod';
import { loose } from '../kit/schema.js';
import type { IngestRequest, Outcome } from '../types.js';
import { PING } from './event-names.js';
import type { CircleCIEvent } from './events.js';
import { LIMITS } from './limits.js';
import { normalizeJob, normalizeOther, normalizeWorkflow } from './normalize.js';
import { text } from './schema.js';

/** CircleCI's event types are kebab-case words: `workflow-completed`. */
const EVENT_NAME = /^[a-z][a-z0-9-]{0,63}$/;

/** The event id is a UUID; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;

const envelope = z.object({
  type: loose(z.string()),
  id: loose(z.string()),
  webhook: loose(z.object({ name: text(LIMITS.name) })),
});

/**
 * The event type is in the `circleci-event-type` header and repeated in the body's `type`;
 * the header wins when both are sent. The body's `id` names the event, not the attempt:
 * CircleCI's docs say to de-duplicate on it.
 */
export function interpretCircleCI(payload: unknown, req: IngestRequest): Outcome<CircleCIEvent> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: 'body is not a JSON object' };
  }
  const body = envelope.parse(payload);
  const eventName = req.headers['circleci-event-type']?.trim() || body.type;
  if (!eventName) {
    return { kind: 'malformed', message: 'circleci-event-type header and body type are missing' };
  }
  if (!EVENT_NAME.test(eventName)) {
    return { kind: 'malformed', message: 'the event type is not a CircleCI event name' };
  }
  if (eventName === PING) {
    const name = body.webhook?.name;
    return {
      kind: 'handshake',
      eventName,
      message: name ? `CircleCI webhook ${name} connected` : 'CircleCI webhook connected',
    };
  }
  const deliveryId = body.id?.trim() || undefined;
  if (deliveryId !== undefined && deliveryId.length > MAX_DELIVERY_ID) {
    return { kind: 'malformed', message: 'body id is not an event id' };
  }
  if (eventName === 'workflow-completed' || eventName === 'job-completed') {
    const result =
      eventName === 'job-completed' ? normalizeJob(payload) : normalizeWorkflow(payload);
    if (result.kind === 'malformed') return result;
    return { kind: 'event', eventName, deliveryId, event: result.event };
  }
  return { kind: 'event', eventName, deliveryId, event: normalizeOther(payload, eventName) };
}

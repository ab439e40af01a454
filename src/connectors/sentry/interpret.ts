import type { IngestRequest, Outcome } from '../types.js';
import { INSTALLATION } from './event-names.js';
import type { SentryEvent } from './events.js';
import { interpretInstallation } from './handshake.js';
import type { Normalized } from './normalized.js';
import { normalizeIssue } from './normalize-issue.js';
import { normalizeMetricAlert } from './normalize-metric.js';
import { normalizeError, normalizeEventAlert, normalizeLegacy } from './normalize-occurrence.js';
import { normalizeComment, normalizeOther } from './normalize-other.js';

/** Resources and actions are snake_case words (`event_alert`, `metric_alert`, `triggered`). */
const NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** Request-ID is a UUID; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;

type Normalizer = (payload: unknown, action: string) => Normalized<SentryEvent>;

/** Resources with a dedicated card. A Map, so a header like "constructor" finds nothing. */
const NORMALIZERS: ReadonlyMap<string, Normalizer> = new Map<string, Normalizer>([
  ['issue', normalizeIssue],
  ['event_alert', (payload) => normalizeEventAlert(payload)],
  ['metric_alert', normalizeMetricAlert],
  ['error', normalizeError],
  ['comment', normalizeComment],
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The integration platform names the resource in `Sentry-Hook-Resource` and the action in the
 * body; a body without the header is read as the legacy WebHooks plugin's.
 */
export function interpretSentry(payload: unknown, req: IngestRequest): Outcome<SentryEvent> {
  if (!isObject(payload)) return { kind: 'malformed', message: 'body is not a JSON object' };
  const resource = req.headers['sentry-hook-resource']?.trim();
  if (!resource) return interpretLegacy(payload);
  if (!NAME.test(resource)) {
    return { kind: 'malformed', message: 'Sentry-Hook-Resource header is not a resource name' };
  }
  const action =
    typeof payload.action === 'string' && NAME.test(payload.action) ? payload.action : undefined;
  if (resource === INSTALLATION) return interpretInstallation(payload, action);

  const requestId = req.headers['request-id']?.trim() || undefined;
  if (requestId !== undefined && requestId.length > MAX_DELIVERY_ID) {
    return { kind: 'malformed', message: 'Request-ID header is not a request id' };
  }
  const normalize = NORMALIZERS.get(resource);
  if (normalize === undefined) {
    const eventName = action ? `${resource}.${action}` : resource;
    const event = normalizeOther(payload, resource, action);
    return { kind: 'event', eventName, deliveryId: requestId, event };
  }
  if (action === undefined) {
    return { kind: 'malformed', message: `${resource} payload has no action word` };
  }
  const result = normalize(payload, action);
  if (result.kind === 'malformed') return result;
  return {
    kind: 'event',
    eventName: `${resource}.${action}`,
    deliveryId: requestId,
    event: result.event,
  };
}

/**
 * The plugin sends no delivery id; it posts once per event, so the event's id identifies the
 * delivery. A body without one is not de-duplicated: the issue's id would merge new events.
 */
function interpretLegacy(payload: Record<string, unknown>): Outcome<SentryEvent> {
  const result = normalizeLegacy(payload);
  if (result === undefined) {
    return {
      kind: 'malformed',
      message:
        'Sentry-Hook-Resource header is missing, and the body is not a WebHooks plugin alert ' +
        '(project_name and url)',
    };
  }
  if (result.kind === 'malformed') return result;
  const eventId = result.eventId?.match(/^[0-9a-f-]{1,64}$/i)?.[0];
  return {
    kind: 'event',
    eventName: 'event_alert.triggered',
    deliveryId: eventId ? `plugin:${eventId}` : undefined,
    event: result.event,
  };
}

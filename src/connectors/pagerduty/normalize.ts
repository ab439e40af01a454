import type { IngestRequest, Outcome } from '../types.js';
import { PAGERDUTY_PING } from './event-types.js';
import type { PagerDutyEvent, PagerDutyIncident, PagerDutyLink, PagerDutyNames } from './events.js';
import {
  dataTypeSchema,
  envelopeSchema,
  incidentDataSchema,
  incidentPartSchema,
  serviceDataSchema,
  type PagerDutyEnvelope,
  type PagerDutyReference,
} from './schema.js';

/** Event ids are ULIDs or UUIDs; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;
const DELIVERY_ID = /^[\x21-\x7e]+$/;
/** `incident.responder.added`: dotted snake_case words. */
const EVENT_TYPE = /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$/;
const EVENT_TYPE_MAX = 64;
const SUBSCRIPTION_ID = /^[A-Za-z0-9]{1,32}$/;

type Data = Readonly<Record<string, unknown>>;

/**
 * PagerDuty sends no event header: the body's `event.event_type` names the event and
 * `event.id`, stable across retries, is the delivery id (the `X-Webhook-Id` header when the
 * body has none usable).
 */
export function normalizePagerDuty(payload: unknown, req: IngestRequest): Outcome<PagerDutyEvent> {
  const parsed = envelopeSchema.safeParse(payload);
  if (!parsed.success) {
    return malformed('not a PagerDuty V3 webhook: event.id and event.event_type are required');
  }
  const { event } = parsed.data;
  // Only the first word is read, so whatever a type is followed by never reaches logs or filters.
  const eventType = event.event_type.trim().split(/\s/, 1)[0] ?? '';
  if (eventType.length > EVENT_TYPE_MAX || !EVENT_TYPE.test(eventType)) {
    return malformed('event.event_type is not a PagerDuty event type such as incident.triggered');
  }
  if (eventType === PAGERDUTY_PING) return ping(req);
  const deliveryId = deliveryIdOf(event.id, req.headers['x-webhook-id']);
  if (deliveryId === undefined) {
    return malformed(`event.id is not an event id of at most ${MAX_DELIVERY_ID} characters`);
  }
  return { kind: 'event', eventName: eventType, deliveryId, event: normalise(event, eventType) };
}

function malformed(message: string): Outcome<PagerDutyEvent> {
  return { kind: 'malformed', message };
}

function ping(req: IngestRequest): Outcome<PagerDutyEvent> {
  const subscription = req.headers['x-webhook-subscription']?.trim();
  const which =
    subscription && SUBSCRIPTION_ID.test(subscription)
      ? `PagerDuty webhook subscription ${subscription}`
      : 'PagerDuty webhook subscription';
  return { kind: 'handshake', eventName: PAGERDUTY_PING, message: `${which} connected` };
}

function deliveryIdOf(eventId: string, header: string | undefined): string | undefined {
  for (const candidate of [eventId.trim(), header?.trim()]) {
    if (candidate && candidate.length <= MAX_DELIVERY_ID && DELIVERY_ID.test(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

function normalise(event: PagerDutyEnvelope['event'], eventType: string): PagerDutyEvent {
  const base = {
    eventType,
    agent: event.agent?.summary || undefined,
    occurredAt: event.occurred_at,
  };
  const data: Data = event.data ?? {};
  const type = dataTypeSchema.safeParse(data).data?.type;
  // The data's type says what it holds; an incident event PagerDuty adds later still has one.
  if (type === 'incident') return { ...base, kind: 'incident', incident: incidentOf(data) };
  if (type === 'service') {
    const service = serviceDataSchema.safeParse(data).data;
    return {
      ...base,
      kind: 'service',
      service: { name: service?.summary ?? service?.name, url: service?.html_url },
      teams: namesOf(service?.teams),
    };
  }
  const part = incidentPartSchema.safeParse(data).data ?? { trimmed: undefined };
  const incident = linkOf(part.incident);
  const trimmed = part.trimmed === true;
  if (type === 'incident_note')
    return { ...base, kind: 'note', incident, note: part.content, trimmed };
  if (type === 'incident_status_update') {
    return { ...base, kind: 'status_update', incident, message: part.message, trimmed };
  }
  if (type === 'incident_responder') {
    return {
      ...base,
      kind: 'responder',
      incident,
      responder: linkOf(part.user),
      escalationPolicy: part.escalation_policy?.summary,
      message: part.message,
      state: part.state,
    };
  }
  const subject = part.incident ? incident : { name: part.summary, url: part.html_url };
  return {
    ...base,
    kind: 'other',
    resourceType: event.resource_type,
    subject,
    text: part.content ?? part.message,
  };
}

function incidentOf(data: Data): PagerDutyIncident {
  const d = incidentDataSchema.safeParse(data).data ?? {};
  const reason = d.resolve_reason;
  const merged = reason?.type === 'merge_resolve_reason';
  return {
    number: d.number,
    title: d.title,
    url: d.html_url,
    status: d.status,
    urgency: d.urgency,
    priority: d.priority?.summary,
    service: d.service ? linkOf(d.service) : undefined,
    assignees: namesOf(d.assignees),
    escalationPolicy: d.escalation_policy?.summary,
    teams: namesOf(d.teams),
    resolveReason: merged
      ? `merged${reason.incident?.summary ? ` into ${reason.incident.summary}` : ''}`
      : reason?.type,
    conferenceUrl: d.conference_bridge?.conference_url,
    conferenceNumber: d.conference_bridge?.conference_number,
  };
}

function linkOf(ref: PagerDutyReference | null | undefined): PagerDutyLink {
  return { name: ref?.summary || undefined, url: ref?.html_url };
}

function namesOf(
  list: { total: number; head: (PagerDutyReference | undefined)[] } | undefined,
): PagerDutyNames | undefined {
  if (list === undefined) return undefined;
  const names = list.head.flatMap((ref) => (ref?.summary ? [ref.summary] : []));
  return { names, total: list.total };
}

import { z } from 'zod';
import { anyArray, cappedString, httpUrl, integer, line, loose, prose } from '../kit/schema.js';

/**
 * Only the fields the cards read. `event.id` and `event.event_type` make a body a PagerDuty
 * V3 webhook; everything else is forgiving, because a field changing shape should cost a card
 * a detail, not the delivery (PagerDuty disables a subscription that keeps failing).
 */
export const LIMITS = {
  /** Incident titles, note and status update excerpts are cut here. */
  title: 256,
  text: 1000,
  /** People, services, policies, teams, priorities. */
  name: 128,
  /** Assignees and teams kept per incident; the card counts the rest. */
  names: 10,
  token: 64,
} as const;

/** Any JSON object, kept as sent; each data type below reads the keys it knows. */
const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

/** `user_reference`, `service_reference`, `incident_reference`…: a name and a page. */
const referenceSchema = z.object({
  summary: loose(line(LIMITS.name)),
  html_url: loose(httpUrl),
});
export type PagerDutyReference = z.infer<typeof referenceSchema>;

/** The first `max` references of a list, and how many there were. */
function referenceList(max: number) {
  return anyArray.transform((all) => ({
    total: all.length,
    head: all.slice(0, max).map((item) => referenceSchema.safeParse(item).data),
  }));
}

/** PagerDuty writes `null` for an empty reference. */
const maybeReference = loose(referenceSchema.nullable());

/** `data` of the `incident` type: triggered, acknowledged, resolved, reassigned, … */
export const incidentDataSchema = z.object({
  number: loose(integer()),
  title: loose(line(LIMITS.title)),
  status: loose(line(LIMITS.token)),
  html_url: loose(httpUrl),
  urgency: loose(line(LIMITS.token)),
  priority: maybeReference,
  service: maybeReference,
  assignees: loose(referenceList(LIMITS.names)),
  escalation_policy: maybeReference,
  teams: loose(referenceList(LIMITS.names)),
  /** `{type: "merge_resolve_reason", incident: {…}}` when merged into another incident. */
  resolve_reason: loose(
    z.object({ type: loose(line(LIMITS.token)), incident: maybeReference }).nullable(),
  ),
  conference_bridge: loose(
    z
      .object({
        conference_url: loose(httpUrl),
        conference_number: loose(line(LIMITS.token)),
      })
      .nullable(),
  ),
});
export type PagerDutyIncidentData = z.infer<typeof incidentDataSchema>;

/**
 * `incident_note`, `incident_status_update`, `incident_responder` and types PagerDuty adds
 * later name their incident by reference and carry a text of their own.
 */
export const incidentPartSchema = z.object({
  incident: maybeReference,
  /** incident_note */
  content: loose(prose(LIMITS.text)),
  /** PagerDuty cut the note or status update it sent. */
  trimmed: loose(z.boolean()),
  /** incident_status_update, incident_responder */
  message: loose(prose(LIMITS.text)),
  /** incident_responder: the person asked to help, from which policy, and their answer. */
  user: maybeReference,
  escalation_policy: maybeReference,
  state: loose(line(LIMITS.token)),
  /** What other data types call themselves. */
  summary: loose(line(LIMITS.title)),
  html_url: loose(httpUrl),
});
export type PagerDutyIncidentPart = z.infer<typeof incidentPartSchema>;

/** `data` of the `service` type: service.created, service.updated, service.deleted. */
export const serviceDataSchema = z.object({
  summary: loose(line(LIMITS.name)),
  name: loose(line(LIMITS.name)),
  html_url: loose(httpUrl),
  teams: loose(referenceList(LIMITS.names)),
});

export const envelopeSchema = z.object({
  event: z.object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: loose(line(LIMITS.token)),
    occurred_at: loose(cappedString(64)),
    agent: maybeReference,
    data: loose(jsonObject.nullable()),
  }),
});
export type PagerDutyEnvelope = z.infer<typeof envelopeSchema>;

/** The data's own type word: `incident`, `incident_note`, `service`, `ping`. */
export const dataTypeSchema = z.object({ type: loose(cappedString(LIMITS.token)) });

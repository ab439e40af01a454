import { createHash } from 'node:crypto';
import type { Outcome } from '../types.js';
import type { NewRelicEvent, NewRelicNames } from './events.js';
import { templateFields } from './fields.js';
import { newRelicPayloadSchema, type NewRelicNameList } from './schema.js';
import { NO_STATE_EVENT } from './states.js';
import { timeIso } from './time.js';

/** `ACTIVATED`: upper-case words. */
const STATE = /^[A-Z][A-Z0-9_]{0,31}$/;
const MAX_DELIVERY_ID = 128;
const KEY_PART = /^[\x21-\x7e]{1,64}$/;

type Json = Readonly<Record<string, unknown>>;

/**
 * The body is the workflow's template, so nothing is required: any JSON object is a
 * notification. The state names the event; the issue id, state and update time identify a
 * delivery (New Relic sends no id of its own).
 */
export function normalizeNewRelic(payload: unknown): Outcome<NewRelicEvent> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: 'body is not a JSON object' };
  }
  const p = newRelicPayloadSchema.safeParse(payload).data ?? {};
  const stateWord = p.state?.trim().toUpperCase();
  const state = stateWord && STATE.test(stateWord) ? stateWord : undefined;
  const updatedAt = timeIso(p.updatedAt);
  const event: NewRelicEvent = {
    state,
    title: p.title || p.issueTitle || undefined,
    url: p.issueUrl ?? p.issuePageUrl,
    priority: p.priority || undefined,
    trigger: p.trigger || p.triggerEvent || undefined,
    entities: namesOf(p.impactedEntities),
    totalIncidents: p.totalIncidents,
    correlated: p.isCorrelated,
    policies: namesOf(p.alertPolicyNames),
    conditions: namesOf(p.alertConditionNames),
    sources: namesOf(p.sources),
    workflow: p.workflowName || undefined,
    createdAt: timeIso(p.createdAt),
    updatedAt,
    extra: templateFields(payload as Json),
  };
  const id = p.id ?? p.issueId;
  return {
    kind: 'event',
    eventName: state ?? NO_STATE_EVENT,
    deliveryId: deliveryId(id, state, p.updatedAt),
    event,
  };
}

/** `id:state:updatedAt`, hashed when long; none without an issue id to build it on. */
function deliveryId(
  id: string | number | undefined,
  state: string | undefined,
  updatedAt: string | number | undefined,
): string | undefined {
  const issue = id === undefined ? undefined : String(id).trim();
  if (!issue || !KEY_PART.test(issue)) return undefined;
  const key = [issue, state ?? NO_STATE_EVENT, updatedAt ?? ''].join(':');
  if (key.length <= MAX_DELIVERY_ID) return key;
  return `newrelic:${createHash('sha256').update(key).digest('hex')}`;
}

function namesOf(list: NewRelicNameList | undefined): NewRelicNames | undefined {
  return list === undefined ? undefined : { names: list.head, total: list.total };
}

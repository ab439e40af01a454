import { createHash } from 'node:crypto';
import { alertGroupDeliveryId, groupEventName } from '../kit/alert-group.js';
import { validate } from '../kit/schema.js';
import type { IngestRequest, Outcome } from '../types.js';
import type { GrafanaEvent } from './events.js';
import { grafanaGroupSchema, grafanaLegacySchema } from './schema.js';

/**
 * Grafana sends the same notification again, unchanged, every repeat interval while a group
 * keeps firing (notification policy "Repeat interval", 4 h by default). Those reminders are
 * news for people; a retry of a failed post, minutes later, is not. The hour the request
 * arrived in is part of the de-duplication id, so a retry within it is dropped and a reminder
 * from a later hour is shown. A retry that straddles the hour shows twice, which is the
 * cheaper mistake; reminders more often than hourly are dropped until the next hour.
 */
export const REPEAT_WINDOW_MS = 60 * 60 * 1000;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const has = (payload: Json, key: string) => Object.hasOwn(payload, key);

function malformed(message: string): Outcome<GrafanaEvent> {
  return { kind: 'malformed', message };
}

/**
 * Unified alerting (Grafana 8+) posts an Alertmanager group with `alerts[]`; legacy alerting
 * (≤ v7) one rule with `ruleName`, `state` and `evalMatches[]`. Neither has a delivery id.
 */
export function normalizeGrafana(payload: unknown, req: IngestRequest): Outcome<GrafanaEvent> {
  if (isObject(payload) && has(payload, 'alerts')) return normalizeGroup(payload, req);
  if (isObject(payload) && ['ruleName', 'evalMatches', 'ruleUrl'].some((k) => has(payload, k))) {
    return normalizeLegacy(payload, req);
  }
  return malformed(
    'not a Grafana alert notification: expected alerts[] (unified alerting) or ruleName and ' +
      'state (legacy alerting)',
  );
}

/**
 * Grafana's default message template (`default.message`) lists every label and annotation
 * under a bold "Firing" or "Resolved" heading: the card already shows all of it. A message
 * the contact point's own template wrote is shown when no annotation says more.
 */
const isDefaultMessage = (message: string) => /^\*\*(?:Firing|Resolved)\*\*\s/.test(message);

const window = (req: IngestRequest) => Math.floor(req.receivedAt / REPEAT_WINDOW_MS);

function normalizeGroup(payload: Json, req: IngestRequest): Outcome<GrafanaEvent> {
  const parsed = validate(grafanaGroupSchema, payload, 'Grafana alert notification');
  if (!parsed.ok) return malformed(parsed.message);
  const { message, ...group } = parsed.data;
  const eventName = groupEventName(group);
  if (eventName === undefined) return malformed('status is not a Grafana alert status word');
  return {
    kind: 'event',
    eventName,
    deliveryId: alertGroupDeliveryId(group, window(req)),
    event: { kind: 'group', group, ...(message && !isDefaultMessage(message) ? { message } : {}) },
  };
}

/** Legacy state words are snake_case: `alerting`, `no_data`. */
const STATE = /^[a-z][a-z0-9_]{0,31}$/;

function normalizeLegacy(payload: Json, req: IngestRequest): Outcome<GrafanaEvent> {
  const parsed = validate(grafanaLegacySchema, payload, 'Grafana legacy alert notification');
  if (!parsed.ok) return malformed(parsed.message);
  const { state: rawState, evalMatches, ...rest } = parsed.data;
  const state = rawState.trim().toLowerCase();
  if (!STATE.test(state)) return malformed('state is not a Grafana alert state word');
  // Legacy notifications have no group or fingerprints: a retry repeats the body's bytes.
  const hash = createHash('sha256')
    .update(req.rawBody)
    .update(`\n${window(req)}`)
    .digest('hex');
  return {
    kind: 'event',
    eventName: state,
    deliveryId: `${state}:${hash}`,
    event: {
      kind: 'legacy',
      state,
      ...rest,
      matches: evalMatches?.matches ?? [],
      matchCount: evalMatches?.count ?? 0,
    },
  };
}

import { createHash } from 'node:crypto';
import type { Outcome } from '../types.js';
import type { OpsgenieEvent, OpsgenieNames } from './events.js';
import { opsgeniePayloadSchema, type OpsgenieNameList, type OpsgeniePayload } from './schema.js';
import { epochIso } from './time.js';

/** `Create`, `UnAcknowledge`; custom actions are named by people and may hold spaces. */
const ACTION = /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/;
const ACTION_MAX = 64;
/** Alert ids are UUIDs, sometimes followed by `-<created ms>`. */
const ALERT_ID = /^[A-Za-z0-9_-]{1,128}$/;
const MAX_DELIVERY_ID = 128;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Opsgenie names the alert's app page by id on its own host; the relay cannot tell the EU
 * instance (app.eu.opsgenie.com) from the default one by the payload, so the link goes to
 * the default host, which sends EU accounts to sign in to theirs.
 */
const ALERT_PAGE = 'https://app.opsgenie.com/alert/detail/';

/**
 * Opsgenie sends neither an event nor a delivery header: the body's `action` names the event,
 * and the alert id, the action and the alert's update time identify a delivery.
 */
export function normalizeOpsgenie(payload: unknown): Outcome<OpsgenieEvent> {
  const parsed = opsgeniePayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return malformed('not an Opsgenie alert action: action and alert.alertId are required');
  }
  const action = parsed.data.action.trim();
  // Length first, so the pattern only ever runs on a short string; neither is quoted back.
  if (action.length > ACTION_MAX || !ACTION.test(action)) {
    return malformed(`action is not an Opsgenie action name of at most ${ACTION_MAX} characters`);
  }
  const alertId = parsed.data.alert.alertId.trim();
  if (!ALERT_ID.test(alertId)) return malformed('alert.alertId is not an Opsgenie alert id');
  return {
    kind: 'event',
    eventName: action,
    deliveryId: deliveryId(parsed.data, alertId, action),
    event: normalise(parsed.data, alertId, action),
  };
}

function malformed(message: string): Outcome<OpsgenieEvent> {
  return { kind: 'malformed', message };
}

/**
 * `alertId:action:updatedAt`; without an update time (Escalate) the request id or the
 * escalation round stands in. Unbounded parts are hashed so the key stays short.
 */
function deliveryId(p: OpsgeniePayload, alertId: string, action: string): string | undefined {
  const stamp =
    p.alert.updatedAt !== undefined
      ? String(p.alert.updatedAt)
      : (p.alertFlowContext?.requestId ??
        (p.escalationId ? `${p.escalationId}:${p.repeatCount ?? 0}` : undefined));
  if (stamp === undefined) return undefined;
  const key = `${alertId}:${action}:${stamp}`;
  if (key.length <= MAX_DELIVERY_ID) return key;
  return `opsgenie:${createHash('sha256').update(key).digest('hex')}`;
}

function normalise(p: OpsgeniePayload, alertId: string, action: string): OpsgenieEvent {
  const { alert } = p;
  const created = epochIso(alert.createdAt);
  return {
    action,
    alert: {
      id: alertId,
      tinyId: alert.tinyId === undefined ? undefined : String(alert.tinyId).trim() || undefined,
      message: alert.message || undefined,
      alias: alert.alias || undefined,
      priority: priorityOf(alert.priority),
      tags: namesOf(alert.tags),
      entity: alert.entity || undefined,
      source: alert.source || undefined,
      recipients: namesOf(alert.recipients),
      teams: namesOf(alert.teams),
      responders: namesOf(alert.responders),
      description: alert.description,
      createdAt: created,
      url: `${ALERT_PAGE}${encodeURIComponent(alertId)}`,
    },
    who: alert.username || undefined,
    at: action === 'Create' ? (created ?? epochIso(alert.updatedAt)) : epochIso(alert.updatedAt),
    note: alert.note,
    addedTags: alert.addedTags || undefined,
    removedTags: alert.removedTags || undefined,
    owner: alert.owner || undefined,
    recipient: alert.recipient || undefined,
    team: alert.team || undefined,
    escalation: p.escalationName || undefined,
    notified: p.escalationNotify?.name || undefined,
  };
}

/** `P3`, `p3` and `3` are all P3; other words are kept as sent. */
function priorityOf(value: string | number | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value).trim();
  const level = /^[Pp]?([1-5])$/.exec(text)?.[1];
  return level ? `P${level}` : text || undefined;
}

/** Names people can read: ids (teams are often listed by UUID) are left out. */
function namesOf(list: OpsgenieNameList | undefined): OpsgenieNames | undefined {
  if (list === undefined) return undefined;
  const names = list.head.filter((name): name is string => Boolean(name) && !UUID.test(name!));
  return { names, total: list.total - (list.head.length - names.length) };
}

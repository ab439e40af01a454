import { alertGroupDeliveryId, alertGroupSchema, groupEventName } from '../kit/alert-group.js';
import { validate } from '../kit/schema.js';
import type { IngestRequest, Outcome } from '../types.js';
import type { AlertmanagerEvent } from './events.js';

/**
 * The webhook payload version this reads; Alertmanager bumps it when the shape changes. Only
 * the number it starts with is compared, so a later `4.1` would still be read.
 */
const VERSION = 4;
const versionOf = (version: string | undefined) => /^\s*(\d{1,4})(?!\d)/.exec(version ?? '')?.[1];

/**
 * Alertmanager sends a still-firing group again every `repeat_interval` (4 h by default) with
 * the very same body: same groupKey, alerts, fingerprints and `startsAt` (a firing alert's
 * `endsAt` is always the zero time). Those reminders are meant for people, so the id must not
 * make them look like retries, yet nothing in the body tells them apart. What does is when
 * they arrive: a retry follows a failed post within the notification's deadline (about the
 * group_interval, 5 min by default), and two HA peers that both send do so seconds apart. So
 * the hour of arrival is part of the id: retries and HA duplicates within the hour are dropped,
 * a reminder from a later hour is shown. One that straddles the hour shows twice, the cheaper
 * mistake; reminders more often than hourly are dropped until the next hour.
 */
export const REPEAT_WINDOW_MS = 60 * 60 * 1000;

function malformed(message: string): Outcome<AlertmanagerEvent> {
  return { kind: 'malformed', message };
}

/** No event or delivery headers: the group's `status` is the event, its content the id. */
export function normalizeAlertmanager(
  payload: unknown,
  req: IngestRequest,
): Outcome<AlertmanagerEvent> {
  const parsed = validate(alertGroupSchema, payload, 'Alertmanager notification');
  if (!parsed.ok) return malformed(parsed.message);
  const group = parsed.data;
  if (Number(versionOf(group.version)) !== VERSION) {
    // The value itself is not quoted back: the body may be unsigned, and messages reach logs.
    return malformed(`not an Alertmanager webhook notification of version "${VERSION}"`);
  }
  const eventName = groupEventName(group);
  if (eventName === undefined) return malformed('status is not an Alertmanager status word');
  const window = Math.floor(req.receivedAt / REPEAT_WINDOW_MS);
  return {
    kind: 'event',
    eventName,
    deliveryId: alertGroupDeliveryId(group, window),
    event: { group },
  };
}

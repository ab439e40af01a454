/**
 * The Alertmanager notification format, which Prometheus Alertmanager (`version` "4") and
 * Grafana unified alerting (`version` "1") both send: a group of alerts under one `groupKey`,
 * with the labels and annotations they share. Its schema and de-duplication id; the card is in
 * alert-group.ts. Pure.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { anyArray, cappedString, count, httpUrl, line, loose, prose } from './schema.js';

/** Alerts read from a group: counted, listed and hashed. The rest only count towards `total`. */
export const MAX_ALERTS = 100;
/** Alerts listed on the card; the renderer shows no more than this before "… and N more". */
export const MAX_LISTED = 20;
const MAX_LABELS = 64;
const MAX_ANNOTATIONS = 32;
const MAX_VALUES = 8;
const LABEL_KEY_MAX = 100;
const LABEL_VALUE_MAX = 256;
const ANNOTATION_MAX = 1000;

export type Labels = ReadonlyMap<string, string>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The first `maxKeys` scalar entries of an object (labels, annotations, values), as a Map so
 * that a label named `constructor` is just a label. Anything else is an empty map: a label set
 * of the wrong shape costs the card details, not the event.
 */
export function labelMap(maxKeys: number, maxValue = LABEL_VALUE_MAX) {
  // `.optional()` first: zod 4 reports a missing key of a transformed schema as an issue.
  return z
    .unknown()
    .optional()
    .transform((value): Labels => {
      const out = new Map<string, string>();
      if (!isObject(value)) return out;
      let seen = 0;
      for (const key in value) {
        if (++seen > maxKeys) break;
        if (!Object.hasOwn(value, key) || key.length > LABEL_KEY_MAX) continue;
        const entry = value[key];
        const text =
          typeof entry === 'string'
            ? excerpt(entry, maxValue)
            : typeof entry === 'number' || typeof entry === 'boolean'
              ? String(entry)
              : undefined;
        if (text !== undefined) out.set(key, text);
      }
      return out;
    });
}

/** A status word (`firing`, `resolved`), lower-cased; blank or odd is absent. */
const statusWord = loose(cappedString(32).transform((s) => s.trim().toLowerCase() || undefined));
const time = loose(cappedString(64));

export const alertSchema = z.object({
  status: statusWord,
  labels: labelMap(MAX_LABELS),
  annotations: labelMap(MAX_ANNOTATIONS, ANNOTATION_MAX),
  startsAt: time,
  endsAt: time,
  generatorURL: loose(httpUrl),
  fingerprint: loose(cappedString(64)),
  // Grafana adds these to each alert; Alertmanager never sends them.
  silenceURL: loose(httpUrl),
  dashboardURL: loose(httpUrl),
  panelURL: loose(httpUrl),
  imageURL: loose(httpUrl),
  values: labelMap(MAX_VALUES, 64),
  valueString: loose(prose(300)),
});
export type Alert = z.output<typeof alertSchema>;

/** The first MAX_ALERTS alerts (an element that is not an alert is skipped) and the real count. */
const alertList = anyArray.transform((all) => {
  const items: Alert[] = [];
  for (const element of all.slice(0, MAX_ALERTS)) {
    const alert = alertSchema.safeParse(element);
    if (alert.success) items.push(alert.data);
  }
  return { items, count: all.length };
});

export const alertGroupSchema = z.object({
  version: loose(line(16)),
  status: cappedString(32),
  alerts: alertList,
  receiver: loose(prose(200)),
  // Only hashed, never shown: a long key is cut, which still tells groups apart.
  groupKey: loose(line(4096)),
  groupLabels: labelMap(MAX_LABELS),
  commonLabels: labelMap(MAX_LABELS),
  commonAnnotations: labelMap(MAX_ANNOTATIONS, ANNOTATION_MAX),
  externalURL: loose(httpUrl),
  truncatedAlerts: loose(count),
});
export type AlertGroup = z.output<typeof alertGroupSchema>;

/** Status words are event names: matched by filters and logged, so short tokens only. */
const STATUS_TOKEN = /^[a-z][a-z0-9_-]{0,31}$/;

/** The group's `status` as an event name, or undefined when it is not a status word. */
export function groupEventName(group: Pick<AlertGroup, 'status'>): string | undefined {
  const status = group.status.trim().toLowerCase();
  return STATUS_TOKEN.test(status) ? status : undefined;
}

/**
 * The de-duplication id of one notification: the group, its status and which alerts it holds
 * in which state (fingerprint, start and status of each), hashed so the id stays short. Two
 * notifications of the same group that differ in any alert get different ids; a sender's retry
 * of the same notification gets the same one. `window` is the caller's repeat bucket (see the
 * senders: the same notification sent again later is a reminder, not a retry).
 */
export function alertGroupDeliveryId(group: AlertGroup, window: number): string {
  const alerts = group.alerts.items
    .map((a) => `${a.fingerprint ?? ''}|${a.startsAt ?? ''}|${a.status ?? ''}`)
    .sort();
  const key = JSON.stringify([group.groupKey ?? '', group.status, group.alerts.count, alerts]);
  const hash = createHash('sha256').update(`${key}\n${window}`).digest('hex');
  return `${groupEventName(group) ?? 'group'}:${hash}`;
}

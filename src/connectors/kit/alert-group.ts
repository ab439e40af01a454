/**
 * The card for an Alertmanager-format alert group (see alert-group-schema.ts), so Alertmanager
 * and Grafana show a group alike. Pure.
 */
import type { Accent, CardFact, CardItem, CardLink, CardModel } from '../../core/card-model.js';
import { excerpt } from '../../core/text.js';
import {
  MAX_LISTED,
  groupEventName,
  type Alert,
  type AlertGroup,
  type Labels,
} from './alert-group-schema.js';
import { facts, utcMinute } from './wording.js';

export * from './alert-group-schema.js';

/** Labels that say where an alert fires, in the order they are shown. */
const KEY_LABELS = [
  'instance',
  'host',
  'pod',
  'container',
  'deployment',
  'service',
  'namespace',
  'cluster',
  'job',
];
const KEY_LABELS_SHOWN = 3;

/** Severity words by how urgent they are: 3 pages someone, 2 warns, 1 informs. */
const SEVERITY_RANK: ReadonlyMap<string, number> = new Map([
  ['critical', 3],
  ['crit', 3],
  ['fatal', 3],
  ['emergency', 3],
  ['disaster', 3],
  ['error', 3],
  ['high', 3],
  ['page', 3],
  ['p1', 3],
  ['warning', 2],
  ['warn', 2],
  ['major', 2],
  ['minor', 2],
  ['medium', 2],
  ['average', 2],
  ['p2', 2],
  ['p3', 2],
  ['info', 1],
  ['informational', 1],
  ['information', 1],
  ['notice', 1],
  ['low', 1],
  ['none', 1],
  ['p4', 1],
  ['p5', 1],
]);

function severityRank(severity: string | undefined): number {
  return severity === undefined ? 0 : (SEVERITY_RANK.get(severity.trim().toLowerCase()) ?? 0);
}

/** The group's severity: the common label, else the most urgent one among its alerts. */
export function groupSeverity(group: AlertGroup): string | undefined {
  const common = group.commonLabels.get('severity');
  if (common !== undefined) return common;
  let best: string | undefined;
  for (const alert of group.alerts.items) {
    const severity = alert.labels.get('severity');
    if (
      severity !== undefined &&
      (best === undefined || severityRank(severity) > severityRank(best))
    )
      best = severity;
  }
  return best;
}

/** Resolved is green; firing is red unless its severity says it only warns or informs. */
export function groupAccent(status: string, severity: string | undefined): Accent {
  if (status === 'resolved') return 'good';
  if (status !== 'firing') return 'default';
  const rank = severityRank(severity);
  if (rank === 2) return 'warning';
  if (rank === 1) return 'accent';
  return 'attention';
}

/** Go's zero time (`0001-01-01T00:00:00Z`), sent as `endsAt` of a firing alert, is no time. */
function instant(iso: string | undefined): number | undefined {
  if (utcMinute(iso) === undefined) return undefined;
  const ms = Date.parse(iso!);
  return ms > 0 ? ms : undefined;
}

/** `4 min`, `2 h 5 min`, `3 d 4 h`, `45 s`. */
export function durationText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} d ${hours % 24} h` : `${days} d`;
}

const minuteOf = (ms: number) => utcMinute(new Date(ms).toISOString());

/** When an alert fired, and for how long when it is over. */
function alertTiming(alert: Alert): string | undefined {
  const start = instant(alert.startsAt);
  const resolved = alert.status === 'resolved';
  const end = resolved ? instant(alert.endsAt) : undefined;
  if (start === undefined) return end === undefined ? undefined : `ended ${minuteOf(end)}`;
  // A resolved alert without an end time (some senders leave the zero time) only has a start.
  if (end === undefined || end < start)
    return `${resolved ? 'started' : 'since'} ${minuteOf(start)}`;
  const from = minuteOf(start) ?? '';
  const to = minuteOf(end) ?? '';
  // `2026-05-31 19:02 UTC → 19:41 UTC`: the day is said once when it is the same.
  const until = to.slice(0, 11) === from.slice(0, 11) ? to.slice(11) : to;
  return `${from} → ${until} (${durationText(end - start)})`;
}

function keyLabels(labels: Labels): string[] {
  const out: string[] = [];
  for (const name of KEY_LABELS) {
    const value = labels.get(name);
    if (value !== undefined) out.push(`${name}=${value}`);
    if (out.length === KEY_LABELS_SHOWN) break;
  }
  return out;
}

function alertValues(alert: Alert): string | undefined {
  if (alert.values.size > 0) {
    return [...alert.values].map(([name, value]) => `${name}=${value}`).join(', ');
  }
  return alert.valueString && excerpt(alert.valueString, 120);
}

/** The alert's own annotation, unless the card's text already shows it. */
function ownAnnotation(alert: Alert, shown: ReadonlySet<string>, name: string) {
  const value = alert.annotations.get(name);
  return value !== undefined && !shown.has(value) ? value : undefined;
}

function alertItem(
  alert: Alert,
  group: AlertGroup,
  shown: ReadonlySet<string>,
  mixed: boolean,
): CardItem {
  const name = alert.labels.get('alertname');
  const ownName = name !== undefined && name !== group.commonLabels.get('alertname');
  const about =
    ownAnnotation(alert, shown, 'description') ?? ownAnnotation(alert, shown, 'summary');
  const where = keyLabels(alert.labels);
  const text =
    [ownName ? name : undefined, about].filter(Boolean).join(': ') ||
    where.join(', ') ||
    name ||
    alert.fingerprint ||
    'Alert';
  const detail = [where.join(', '), alertTiming(alert), alertValues(alert)]
    .filter((part) => part !== undefined && part !== '' && part !== text)
    .join(' · ');
  return {
    ...(mixed && alert.status ? { code: alert.status.toUpperCase() } : {}),
    text,
    ...(alert.generatorURL ? { url: alert.generatorURL } : {}),
    ...(detail ? { detail } : {}),
  };
}

/** The alert name: shared by the group, or the names of its alerts. */
export function groupName(group: AlertGroup): string {
  const common = group.commonLabels.get('alertname') ?? group.groupLabels.get('alertname');
  if (common !== undefined) return common;
  const names = [...new Set(group.alerts.items.map((a) => a.labels.get('alertname')))].filter(
    (n): n is string => n !== undefined,
  );
  if (names.length === 0) return [...group.groupLabels.values()].join(' ') || 'Alert group';
  const shown = names.slice(0, 3).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

/** `[FIRING:3] name`, `[RESOLVED] name`; an unknown status is shown as it came. */
export function groupTitle(group: AlertGroup, status: string): string {
  const name = groupName(group);
  if (status !== 'firing') return `[${status.toUpperCase()}] ${name}`;
  const firing = group.alerts.items.filter((a) => a.status === 'firing').length;
  // Past MAX_ALERTS the count is a lower bound.
  const more = group.alerts.count > group.alerts.items.length ? '+' : '';
  return `[FIRING:${firing || group.alerts.items.length}${more}] ${name}`;
}

function statusFact(group: AlertGroup, status: string): string {
  const firing = group.alerts.items.filter((a) => a.status === 'firing').length;
  const resolved = group.alerts.items.filter((a) => a.status === 'resolved').length;
  const word = status.charAt(0).toUpperCase() + status.slice(1);
  return firing > 0 && resolved > 0 ? `${word} (${firing} firing, ${resolved} resolved)` : word;
}

/** Earliest start and, once every alert is over, the latest end. */
function groupSpan(group: AlertGroup, status: string) {
  let start: number | undefined;
  let end: number | undefined;
  for (const alert of group.alerts.items) {
    const s = instant(alert.startsAt);
    const e = instant(alert.endsAt);
    if (s !== undefined && (start === undefined || s < start)) start = s;
    if (e !== undefined && (end === undefined || e > end)) end = e;
  }
  if (status !== 'resolved') end = undefined;
  return {
    started: start === undefined ? undefined : minuteOf(start),
    ended: end === undefined ? undefined : minuteOf(end),
    lasted: start !== undefined && end !== undefined && end >= start ? end - start : undefined,
  };
}

/** The summary and description the group shares, or those of its only alert. */
function groupAnnotations(group: AlertGroup): string[] {
  const only = group.alerts.items.length === 1 ? group.alerts.items[0] : undefined;
  const read = (name: string) => group.commonAnnotations.get(name) ?? only?.annotations.get(name);
  const summary = read('summary');
  const description = read('description');
  return [summary, description === summary ? undefined : description].filter(
    (part): part is string => part !== undefined,
  );
}

function groupLabelsLine(group: AlertGroup): string | undefined {
  const pairs = [...group.groupLabels]
    .filter(([name]) => name !== 'alertname')
    .map(([name, value]) => `${name}=${value}`);
  return pairs.length > 0 ? pairs.join(', ') : undefined;
}

const firstUrl = (group: AlertGroup, pick: (a: Alert) => string | undefined) =>
  group.alerts.items.map(pick).find((url) => url !== undefined);

/** A link every alert of the group shares (a silence for one alert silences only that one). */
function sharedUrl(group: AlertGroup, pick: (a: Alert) => string | undefined) {
  const urls = new Set(group.alerts.items.map(pick));
  return urls.size === 1 ? [...urls][0] : undefined;
}

function runbookUrl(group: AlertGroup): string | undefined {
  const only = group.alerts.items.length === 1 ? group.alerts.items[0] : undefined;
  const url = group.commonAnnotations.get('runbook_url') ?? only?.annotations.get('runbook_url');
  return url !== undefined && /^https?:\/\/\S+$/i.test(url) ? url : undefined;
}

export interface AlertGroupCardOptions {
  /** The sending service, as the card names it: "Grafana", "Alertmanager". */
  source: string;
  /** Where the group can be seen in the sender (its `externalURL`, or a view of it). */
  home?: CardLink;
  /** A silence link for senders whose alerts carry none (Alertmanager). */
  silenceUrl?: string;
  /** What the link to an alert's `generatorURL` is called: "Open rule", "Open graph". */
  generatorTitle: string;
  /** Facts only this sender has, shown after the shared ones. */
  facts?: readonly CardFact[];
  /** Shown when the group has no summary or description. */
  fallbackText?: string;
}

/**
 * The card for a notification: firing or resolved at a glance (title word and accent), its
 * severity, what it is about, and every alert in the list with where it fires and since when.
 */
export function alertGroupCard(group: AlertGroup, options: AlertGroupCardOptions): CardModel {
  const status = groupEventName(group) ?? 'unknown';
  const title = groupTitle(group, status);
  const severity = groupSeverity(group);
  const span = groupSpan(group, status);
  const mixed = new Set(group.alerts.items.map((a) => a.status)).size > 1;
  const only = group.alerts.items.length === 1 ? group.alerts.items[0] : undefined;
  const silence = sharedUrl(group, (a) => a.silenceURL) ?? options.silenceUrl;
  const dashboard = firstUrl(group, (a) => a.dashboardURL);
  const panel = firstUrl(group, (a) => a.panelURL);
  const image = firstUrl(group, (a) => a.imageURL);
  const runbook = runbookUrl(group);
  const links: CardLink[] = [
    ...(only?.generatorURL ? [{ title: options.generatorTitle, url: only.generatorURL }] : []),
    ...(options.home ? [options.home] : []),
    ...(silence ? [{ title: 'Silence', url: silence }] : []),
    ...(dashboard ? [{ title: 'Dashboard', url: dashboard }] : []),
    ...(panel ? [{ title: 'Panel', url: panel }] : []),
    ...(runbook ? [{ title: 'Runbook', url: runbook }] : []),
    ...(image ? [{ title: 'Image', url: image }] : []),
  ];
  const annotations = groupAnnotations(group);
  const text = annotations.join('\n\n') || options.fallbackText;
  const shown = new Set(annotations);
  const titleUrl = only?.generatorURL ?? options.home?.url;
  return {
    source: options.source,
    summary: severity ? `${title} (${severity})` : title,
    title,
    ...(titleUrl ? { titleUrl } : {}),
    ...(group.receiver ? { subtitle: `Receiver: ${group.receiver}` } : {}),
    accent: groupAccent(status, severity),
    ...(text ? { text } : {}),
    facts: [
      ...facts(
        ['Status', statusFact(group, status)],
        ['Severity', severity],
        ['Group', groupLabelsLine(group)],
        ['Started', span.started],
        ['Ended', span.ended],
        ['Lasted', span.lasted === undefined ? undefined : durationText(span.lasted)],
      ),
      ...(options.facts ?? []),
    ],
    list: {
      label: 'alerts',
      items: group.alerts.items.slice(0, MAX_LISTED).map((a) => alertItem(a, group, shown, mixed)),
      total: group.alerts.count + (group.truncatedAlerts ?? 0),
      ...(options.home ? { moreUrl: options.home.url } : {}),
    },
    links,
  };
}

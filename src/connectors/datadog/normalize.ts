import { createHash } from 'node:crypto';
import { excerpt } from '../../core/text.js';
import { utcMinute } from '../kit/wording.js';
import type { IngestRequest, Outcome } from '../types.js';
import { NO_TRANSITION, type DatadogEvent } from './events.js';
import { plainMessage } from './message.js';
import { READ_KEYS, datadogSchema, type DatadogPayload } from './schema.js';

/** Event names are matched by filters and logged: short snake_case tokens only. */
const TOKEN = /^[a-z][a-z0-9_]{0,31}$/;
const MAX_DELIVERY_ID = 128;
/** `$ID` is a 19-digit number; anything printable and short is accepted. */
const ID = /^[\x21-\x7e]{1,96}$/;
const MAX_KEYS = 100;
const MAX_EXTRA = 6;
/** Fields whose value is never shown, whatever the template calls them. */
const SECRET_KEY = /secret|token|password|passwd|api_?key|app_?key|auth/i;

/** Transitions Datadog writes at the start of a title: `[Triggered on {host:a}] …`. */
const TITLE_TRANSITIONS = /^(triggered|re-triggered|warn|re-warn|recovered|no data|re-no data)$/i;

/** `Re-Triggered` → `re_triggered`, `No Data` → `no_data`. */
export function transitionToken(word: string): string {
  return word
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The first bracketed words of a title, when they are a transition. */
function titleTransition(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  for (const [, inner = ''] of title.slice(0, 120).matchAll(/\[([^\][]{1,60})\]/g)) {
    const word = inner.replace(/\s+on\s+\{.*$/, '').trim();
    if (TITLE_TRANSITIONS.test(word)) return word;
  }
  return undefined;
}

/** `$DATE` is milliseconds since the epoch (`$DATE_POSIX` seconds) as text. */
function dateText(p: DatadogPayload): string | undefined {
  const ms = p.date ?? p.last_updated;
  const posix = p.date_posix;
  const time =
    ms !== undefined && /^\d{10,13}$/.test(ms)
      ? Number(ms) * (ms.length <= 10 ? 1000 : 1)
      : posix !== undefined && /^\d{1,10}$/.test(posix)
        ? Number(posix) * 1000
        : undefined;
  if (time === undefined) return ms ?? posix;
  return utcMinute(new Date(time).toISOString()) ?? ms;
}

/** Short top-level values the template adds beyond the fields read, secrets left out. */
function extraFields(payload: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let seen = 0;
  for (const key in payload) {
    if (++seen > MAX_KEYS || out.length === MAX_EXTRA) break;
    if (!Object.hasOwn(payload, key) || READ_KEYS.has(key) || SECRET_KEY.test(key)) continue;
    if (key.length > 64) continue;
    const value = payload[key];
    const text =
      typeof value === 'string'
        ? excerpt(value, 200)
        : typeof value === 'number' || typeof value === 'boolean'
          ? String(value)
          : undefined;
    if (text !== undefined) out.push([key, text]);
  }
  return out;
}

function deliveryId(p: DatadogPayload, event: string, req: IngestRequest): string {
  const id = p.id ?? p.event_id;
  if (id !== undefined && ID.test(id)) return `${id}:${event}`.slice(0, MAX_DELIVERY_ID);
  // No id in the template: a retry repeats the body's bytes.
  return `body:${createHash('sha256').update(req.rawBody).digest('hex')}`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Any JSON object is a notification: the template decides which of these fields it has. */
export function normalizeDatadog(payload: unknown, req: IngestRequest): Outcome<DatadogEvent> {
  if (!isObject(payload)) return { kind: 'malformed', message: 'body is not a JSON object' };
  // Every field is loose, so an object always parses; the guard is for the type.
  const parsed = datadogSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'malformed', message: 'body is not a JSON object' };
  const p = parsed.data;
  const title = p.title ?? p.alert_title ?? p.event_title;
  const transition = p.alert_transition ?? p.transition ?? titleTransition(title);
  const token = transition === undefined ? undefined : transitionToken(transition);
  const event = token !== undefined && TOKEN.test(token) ? token : NO_TRANSITION;
  const message = p.body ?? p.event_msg ?? p.text_only_msg;
  const { text, links } = message === undefined ? { links: [] } : plainMessage(message);
  const tagList = p.tags.length > 0 ? p.tags : p.event_tags;
  const e: DatadogEvent = {
    event,
    ...(transition ? { transition } : {}),
    ...(title ? { title } : {}),
    ...(text ? { text } : {}),
    ...((p.link ?? p.url) ? { link: p.link ?? p.url } : {}),
    links,
    priority: p.alert_priority ?? p.priority,
    alertType: p.alert_type,
    eventType: p.event_type,
    org: p.org?.name ?? p.org_name,
    host: p.hostname,
    scope: p.alert_scope,
    metric: p.alert_metric,
    tags: tagList,
    date: dateText(p),
    extra: extraFields(payload),
  };
  return { kind: 'event', eventName: event, deliveryId: deliveryId(p, event, req), event: e };
}

import { excerpt } from '../../core/text.js';

/**
 * What a card can be made of, read from any JSON by well-known key names. Work is bounded:
 * at most MAX_KEYS keys of an object are looked at, whatever the sender posted.
 */
export interface GenericFields {
  title?: string;
  text?: string;
  url?: string;
  status?: string;
  /** Other short top-level values, in the order sent. */
  extra: Array<[key: string, value: string]>;
}

const MAX_KEYS = 200;
const MAX_EXTRA = 8;
const TITLE_KEYS = ['title', 'summary', 'subject', 'name', 'headline', 'message', 'text'];
const TEXT_KEYS = ['text', 'description', 'message', 'body', 'details', 'content'];
const URL_KEYS = ['url', 'link', 'html_url', 'htmlUrl', 'web_url', 'webUrl', 'href', 'permalink'];
const STATUS_KEYS = ['status', 'state', 'level', 'severity', 'result', 'conclusion', 'outcome'];
/** Keys that identify rather than describe: the event name and id are shown elsewhere. */
const ID_KEYS = [
  'id',
  'uuid',
  'event_id',
  'eventId',
  'delivery_id',
  'event',
  'event_type',
  'eventType',
  'kind',
];
/** Objects that often wrap the interesting part: `{"data": {...}}`. */
const WRAPPER_KEYS = ['data', 'event', 'payload', 'object', 'alert', 'attributes'];

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first `MAX_KEYS` own keys with scalar values, as short strings. */
function scalars(obj: Json): Map<string, string> {
  const out = new Map<string, string>();
  let seen = 0;
  for (const key in obj) {
    if (++seen > MAX_KEYS) break;
    if (!Object.hasOwn(obj, key)) continue;
    const value = obj[key];
    if (typeof value === 'string') {
      const cut = excerpt(value, 2000);
      if (cut !== undefined) out.set(key, cut);
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      out.set(key, String(value));
    }
  }
  return out;
}

function first(values: Map<string, string>, keys: readonly string[], skip?: string) {
  for (const key of keys) {
    const value = values.get(key);
    if (value !== undefined && value !== skip) return { key, value };
  }
  return undefined;
}

export function readFields(payload: unknown): GenericFields {
  const root: Json = isObject(payload) ? payload : { value: payload };
  const top = scalars(root);
  // When the top level names nothing, look one level down into a wrapper object.
  const wrapper = WRAPPER_KEYS.map((k) => (Object.hasOwn(root, k) ? root[k] : undefined)).find(
    isObject,
  );
  const inner = wrapper ? scalars(wrapper) : new Map<string, string>();
  const pick = (keys: readonly string[], skip?: string) =>
    first(top, keys, skip) ?? first(inner, keys, skip);

  const title = pick(TITLE_KEYS);
  const text = pick(TEXT_KEYS, title?.value);
  const url = [...URL_KEYS]
    .map((k) => top.get(k) ?? inner.get(k))
    .find((u) => u && /^https?:\/\//i.test(u));
  const status = pick(STATUS_KEYS);
  const used = new Set([title?.key, text?.key, status?.key, ...URL_KEYS, ...ID_KEYS]);
  const extra: GenericFields['extra'] = [];
  for (const [key, value] of top) {
    if (extra.length === MAX_EXTRA) break;
    if (!used.has(key) && value.length <= 200) extra.push([key, value]);
  }
  return {
    title: title && excerpt(title.value.split('\n')[0], 256),
    text: text && excerpt(text.value, 500),
    url,
    status: status && excerpt(status.value, 64),
    extra,
  };
}

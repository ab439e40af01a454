/**
 * Keeping a serialized card under the size Teams really accepts. Teams documents 28 KB but
 * real deployments fail from about 21-27 KB, so the default aims at 24 KB.
 *
 * Shrinking is done on the CardModel, in steps that each give up a little more, re-rendering
 * and re-measuring after every step: list items go first (the real total is kept, so the
 * "… and N more" line grows), then the free text becomes an excerpt, then fact values are
 * shortened, then facts past the first few go. A shortened card always says so.
 */
import type { CardItem, CardModel } from '../core/card-model.js';
import { excerpt } from '../core/text.js';

export const DEFAULT_MAX_BYTES = 24 * 1024;
/** Below this even the most reduced card (title, source, one link) may not fit. */
export const MIN_MAX_BYTES = 4 * 1024;
export const TRUNCATION_NOTICE = 'Shortened to fit the Teams message size limit.';

/** Upper bounds applied to a model; a missing bound leaves that part alone. */
export interface ShrinkCaps {
  items?: number;
  itemChars?: number;
  textChars?: number;
  factValueChars?: number;
  facts?: number;
  links?: number;
  /** One-line strings: title, subtitle, summary, source, fact and link titles. */
  lineChars?: number;
  /** Longer URLs are dropped rather than cut: half a URL is a broken link. */
  urlChars?: number;
}

/** Each step includes the previous one's bounds, so a later step never shows more. */
export const SHRINK_STEPS: readonly ShrinkCaps[] = [
  { items: 20 },
  { items: 20, textChars: 3000 },
  { items: 10, textChars: 1500, itemChars: 200, factValueChars: 300, lineChars: 500 },
  { items: 5, textChars: 500, itemChars: 120, factValueChars: 120, facts: 8, lineChars: 500 },
  {
    items: 3,
    textChars: 200,
    itemChars: 80,
    factValueChars: 60,
    facts: 4,
    links: 3,
    lineChars: 300,
    urlChars: 2048,
  },
  {
    items: 0,
    textChars: 0,
    itemChars: 80,
    factValueChars: 60,
    facts: 0,
    links: 1,
    lineChars: 120,
    urlChars: 1024,
  },
];

function cut(text: string, max: number | undefined): string {
  return max === undefined ? text : (excerpt(text, max) ?? '');
}

function keepUrl(url: string | undefined, max: number | undefined): string | undefined {
  return url !== undefined && max !== undefined && url.length > max ? undefined : url;
}

function shrinkItem(item: CardItem, caps: ShrinkCaps): CardItem {
  const out: CardItem = { text: cut(item.text, caps.itemChars) };
  if (item.code !== undefined) out.code = cut(item.code, caps.itemChars);
  const url = keepUrl(item.url, caps.urlChars);
  if (url !== undefined) out.url = url;
  if (item.detail !== undefined) out.detail = cut(item.detail, caps.itemChars);
  return out;
}

/** A smaller copy of `model` within `caps`. Pure. */
export function applyCaps(model: CardModel, caps: ShrinkCaps): CardModel {
  const out: CardModel = {
    source: cut(model.source, caps.lineChars),
    summary: cut(model.summary, caps.lineChars),
    title: cut(model.title, caps.lineChars),
    accent: model.accent,
    facts: model.facts.slice(0, caps.facts).map((f) => ({
      title: cut(f.title, caps.lineChars),
      value: cut(f.value, caps.factValueChars),
    })),
    links: model.links
      .filter((l) => keepUrl(l.url, caps.urlChars) !== undefined)
      .slice(0, caps.links)
      .map((l) => ({ title: cut(l.title, caps.lineChars), url: l.url })),
  };
  const titleUrl = keepUrl(model.titleUrl, caps.urlChars);
  if (titleUrl !== undefined) out.titleUrl = titleUrl;
  if (model.subtitle !== undefined) out.subtitle = cut(model.subtitle, caps.lineChars);
  if (model.text !== undefined && caps.textChars !== 0) {
    out.text = cut(model.text, caps.textChars);
  }
  if (model.list) {
    const list = model.list;
    out.list = {
      label: list.label,
      items: list.items.slice(0, caps.items).map((item) => shrinkItem(item, caps)),
      // The real total survives, so the dropped items show up in "… and N more".
      total: Math.max(list.total, list.items.length),
    };
    const moreUrl = keepUrl(list.moreUrl, caps.urlChars);
    if (moreUrl !== undefined) out.list.moreUrl = moreUrl;
  }
  return out;
}

export function byteLength(body: string): number {
  return Buffer.byteLength(body, 'utf8');
}

/** What `/\s/` matches, by UTF-16 code unit: testing codes allocates no one-character strings. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function countVisible(text: string | undefined, budget: number): number {
  if (text === undefined) return 0;
  let n = 0;
  for (let i = 0; i < text.length && n <= budget; i++) {
    if (!isSpace(text.charCodeAt(i))) n++;
  }
  return n;
}

/**
 * True when the model certainly renders to more than `maxBytes`: its non-whitespace text
 * alone, which every renderer shows and escaping only lengthens, is already too long. Skipping
 * such a render keeps a pathological payload (megabytes of facts) from costing seconds; the count
 * stops as soon as it passes the budget.
 */
export function cannotFit(model: CardModel, maxBytes: number): boolean {
  const parts = [model.source, model.title, model.subtitle, model.text];
  for (const fact of model.facts) parts.push(fact.title, fact.value);
  // Item codes are left out: the renderers strip their backticks, so they may shrink.
  for (const item of model.list?.items ?? []) parts.push(item.text, item.detail, item.url);
  // URLs are shown in full or dropped, never cut: a huge one must not be rendered to find out.
  parts.push(model.titleUrl, model.list?.moreUrl);
  for (const link of model.links) parts.push(link.url);
  let total = 0;
  for (const part of parts) {
    total += countVisible(part, maxBytes - total);
    if (total > maxBytes) return true;
  }
  return false;
}

/** Renders a model (with an optional notice line) to the exact body that would be sent. */
export type Serialize = (model: CardModel, notice: string | undefined) => string;

export interface Fitted {
  body: string;
  bytes: number;
  truncated: boolean;
}

export class CardTooLargeError extends Error {
  constructor(
    /** Size of the last rendered attempt; Infinity when every attempt was known too big. */
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super(`card does not fit in ${maxBytes} bytes even when fully shortened`);
    this.name = 'CardTooLargeError';
  }
}

/**
 * The full card if it fits, else the first shrink step that fits, marked with the notice.
 * Throws rather than return a body known to be too big.
 */
export function fitToBudget(model: CardModel, serialize: Serialize, maxBytes: number): Fitted {
  if (!Number.isFinite(maxBytes) || maxBytes < MIN_MAX_BYTES) {
    throw new RangeError(`maxBytes must be at least ${MIN_MAX_BYTES}, got ${maxBytes}`);
  }
  if (!cannotFit(model, maxBytes)) {
    const body = serialize(model, undefined);
    const bytes = byteLength(body);
    if (bytes <= maxBytes) return { body, bytes, truncated: false };
  }
  let bytes = Infinity;
  for (const caps of SHRINK_STEPS) {
    const shrunk = applyCaps(model, caps);
    if (cannotFit(shrunk, maxBytes)) continue;
    const body = serialize(shrunk, TRUNCATION_NOTICE);
    bytes = byteLength(body);
    if (bytes <= maxBytes) return { body, bytes, truncated: true };
  }
  throw new CardTooLargeError(bytes, maxBytes);
}

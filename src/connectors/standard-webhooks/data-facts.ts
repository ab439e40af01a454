import type { CardFact, CardLink } from '../../core/card-model.js';
import { excerpt } from '../../core/text.js';
import { URL_MAX } from '../kit/schema.js';
import { camelToWords, snakeToWords } from '../kit/wording.js';

/**
 * A key/value view of an event's `data`, whatever its shape: nested objects are read to a
 * fixed depth as dotted keys (`customer.email`), URLs become links. Work is bounded by the
 * caps below, not by the payload: at most MAX_KEYS keys are looked at in all.
 */
export interface DataView {
  facts: CardFact[];
  links: CardLink[];
}

const MAX_DEPTH = 3;
const MAX_FACTS = 12;
const MAX_LINKS = 3;
const MAX_KEYS = 200;
const MAX_KEY = 64;
const MAX_VALUE = 200;
/** Scalars of an array shown inline; the rest are counted. */
const ARRAY_SHOWN = 5;
const URL = /^https?:\/\/\S+$/i;

type Scalar = string | number | boolean;

const isScalar = (v: unknown): v is Scalar =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** `hosted_invoice_url` → "Open hosted invoice"; `receipt.pdfUrl` → "Open receipt pdf"; `url` → "Open". */
function linkTitle(path: string): string {
  const stem = path.replace(/_?(?:url|uri|link|href)$/i, '');
  const words = stem
    .split('.')
    .map((key) => camelToWords(snakeToWords(key)).toLowerCase())
    .join(' ')
    .trim();
  return words ? `Open ${words}` : 'Open';
}

class Walk {
  readonly facts: CardFact[] = [];
  readonly links: CardLink[] = [];
  private keys = 0;

  full(): boolean {
    return (
      (this.facts.length >= MAX_FACTS && this.links.length >= MAX_LINKS) || this.keys >= MAX_KEYS
    );
  }

  private fact(title: string, value: string | undefined): void {
    if (value !== undefined && this.facts.length < MAX_FACTS) this.facts.push({ title, value });
  }

  visit(value: unknown, path: string, depth: number): void {
    if (this.full() || value === null || value === undefined) return;
    const title = path || 'data';
    if (typeof value === 'string') {
      if (URL.test(value) && value.length <= URL_MAX) {
        if (this.links.length < MAX_LINKS) this.links.push({ title: linkTitle(title), url: value });
        return;
      }
      this.fact(title, excerpt(value, MAX_VALUE));
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      this.fact(title, String(value));
    } else if (Array.isArray(value)) {
      this.fact(title, arrayText(value));
    } else if (typeof value === 'object') {
      if (depth === MAX_DEPTH) return;
      for (const key in value) {
        if (this.full()) return;
        this.keys += 1;
        if (!Object.hasOwn(value, key)) continue;
        const child = (value as Record<string, unknown>)[key];
        const name = key.slice(0, MAX_KEY);
        this.visit(child, path ? `${path}.${name}` : name, depth + 1);
      }
    }
  }
}

/** `a, b, c` for a short list of scalars; `3 items` for anything else. */
function arrayText(list: unknown[]): string | undefined {
  if (list.length === 0) return undefined;
  const head = list.slice(0, ARRAY_SHOWN);
  if (!head.every(isScalar)) return list.length === 1 ? '1 item' : `${list.length} items`;
  const shown = head.map((v) => excerpt(String(v), 40) ?? '').join(', ');
  const more = list.length > ARRAY_SHOWN ? ` … (${list.length} items)` : '';
  return excerpt(`${shown}${more}`, MAX_VALUE);
}

export function dataView(data: unknown): DataView {
  const walk = new Walk();
  walk.visit(data, '', 0);
  return { facts: walk.facts, links: walk.links };
}

import type { CardFact, CardLink } from '../../core/card-model.js';
import { excerpt } from '../../core/text.js';
import { camelToWords, snakeToWords } from '../kit/wording.js';
import { KNOWN_KEYS } from './schema.js';

/** Keys looked at and facts kept, whatever a template puts in its body. */
const MAX_KEYS = 100;
const MAX_FACTS = 8;
const MAX_VALUE = 200;
const MAX_ITEMS = 10;
const MAX_LINKS = 3;
const URL_MAX = 2048;
const HTTP_URL = /^https?:\/\/\S+$/i;

/** `conditionName` / `condition_name` → "Condition name". */
function label(key: string): string {
  return camelToWords(snakeToWords(key).replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()));
}

function shown(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return excerpt(value.slice(0, 4 * MAX_VALUE).split('\n', 1)[0], MAX_VALUE);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).flatMap((item) => {
      const text = typeof item === 'object' ? undefined : shown(item);
      return text ? [text] : [];
    });
    const more = value.length > MAX_ITEMS ? ` and ${value.length - MAX_ITEMS} more` : '';
    return items.length > 0 ? excerpt(items.join(', ') + more, MAX_VALUE) : undefined;
  }
  return undefined;
}

/** What a custom template added beyond the default fields. */
export interface TemplateFields {
  facts: CardFact[];
  /** Fields holding a web address (a runbook, a dashboard). */
  links: CardLink[];
}

/**
 * The fields a custom template added, as facts in the order sent and web addresses as links:
 * a template of its own still makes an informative card. Nested objects are left out; they
 * have no one-line form.
 */
export function templateFields(payload: Readonly<Record<string, unknown>>): TemplateFields {
  const out: TemplateFields = { facts: [], links: [] };
  let seen = 0;
  for (const key in payload) {
    if (++seen > MAX_KEYS || out.facts.length === MAX_FACTS) break;
    if (!Object.hasOwn(payload, key) || KNOWN_KEYS.has(key) || key.length > 64) continue;
    const value = payload[key];
    if (typeof value === 'string' && value.length <= URL_MAX && HTTP_URL.test(value)) {
      if (out.links.length < MAX_LINKS) out.links.push({ title: label(key), url: value });
      continue;
    }
    const text = shown(value);
    if (text !== undefined) out.facts.push({ title: label(key), value: text });
  }
  return out;
}

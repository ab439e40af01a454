/**
 * From what a template made to what is queued: the card made safe to pass on (text inert,
 * Teams' full width, version 1.4) when it is a valid Adaptive Card 1.4, and, always, the
 * card model read from it, which legacy O365 channels, digests and previews use, and which
 * every channel gets when the templated card is not valid. Pure.
 */
import type { Accent, CardFact, CardLink, CardModel } from '../../core/card-model.js';
import { excerpt } from '../../core/text.js';
import { cardShapeProblems } from './card-shape.js';
import { inert } from '../kit/inert.js';

type Json = Record<string, unknown>;

const ADAPTIVE_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Properties that hold text people read. */
const TEXT_KEYS = new Set([
  'text',
  'title',
  'value',
  'altText',
  'fallbackText',
  'speak',
  'tooltip',
]);

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function safe(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string')
    return key === undefined || TEXT_KEYS.has(key) ? inert(value) : value;
  if (Array.isArray(value)) {
    // Strings in an array are RichTextBlock inlines (text); others keep their own keys.
    return value.map((item) => safe(item, key === 'inlines' ? undefined : '[]'));
  }
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [k, child] of Object.entries(value)) {
    Object.defineProperty(out, k, {
      value: safe(child, k),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

interface Read {
  texts: string[];
  facts: CardFact[];
  links: CardLink[];
  color?: string;
}

/** Texts, facts and links in reading order, bounded by what a model keeps. */
function read(value: unknown, into: Read, budget: { nodes: number }): void {
  if (budget.nodes-- <= 0) return;
  if (Array.isArray(value)) {
    for (const item of value) read(item, into, budget);
    return;
  }
  if (!isObject(value)) return;
  switch (value.type) {
    case 'TextBlock':
    case 'TextRun':
      if (typeof value.text === 'string' && value.text.trim() !== '') {
        if (into.texts.length === 0 && typeof value.color === 'string') into.color = value.color;
        into.texts.push(value.text);
      }
      break;
    case 'FactSet':
      for (const fact of Array.isArray(value.facts) ? value.facts : []) {
        if (isObject(fact) && typeof fact.value === 'string' && into.facts.length < 20) {
          into.facts.push({
            title: typeof fact.title === 'string' ? fact.title : '',
            value: fact.value,
          });
        }
      }
      break;
    case 'Action.OpenUrl':
      if (
        typeof value.url === 'string' &&
        /^https?:\/\//i.test(value.url) &&
        into.links.length < 5
      ) {
        into.links.push({
          title: typeof value.title === 'string' ? value.title : 'Open',
          url: value.url,
        });
      }
      break;
    default:
      break;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key !== 'facts' && typeof child === 'object') read(child, into, budget);
  }
}

const ACCENTS: Readonly<Record<string, Accent>> = {
  good: 'good',
  warning: 'warning',
  attention: 'attention',
  accent: 'accent',
};

function model(card: unknown, source: string, event: string): CardModel {
  const found: Read = { texts: [], facts: [], links: [] };
  read(card, found, { nodes: 2000 });
  const [first, ...rest] = found.texts;
  const title = excerpt(first?.replace(/\s+/g, ' '), 300) ?? `${source}: ${event}`;
  const text = excerpt(rest.join('\n'), 3000);
  return {
    source,
    summary: title,
    title,
    subtitle: event,
    accent: ACCENTS[found.color?.toLowerCase() ?? ''] ?? 'default',
    ...(text ? { text } : {}),
    facts: found.facts,
    links: found.links,
  };
}

export interface Finished {
  model: CardModel;
  /** The card to pass on; absent when what the template made is not a valid card. */
  card?: Json;
  /** Why there is no card to pass on. */
  problem?: string;
}

export function finishCard(expanded: unknown, source: string, event: string): Finished {
  if (!isObject(expanded)) {
    return { model: model(undefined, source, event), problem: 'the template made no card' };
  }
  const cleaned = safe(expanded, 'card') as Json;
  const card: Json = {
    ...cleaned,
    $schema: ADAPTIVE_SCHEMA,
    version: '1.4',
    msteams: { width: 'Full' },
  };
  const problems = cardShapeProblems(card, 'card', [], 3);
  const read = model(card, source, event);
  if (problems.length > 0) {
    const shown = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    return { model: read, problem: `the card it made is not valid (${shown})` };
  }
  return { model: read, card };
}

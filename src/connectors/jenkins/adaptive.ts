import { excerpt } from '../../core/text.js';
import { httpUrl } from '../kit/schema.js';
import { inert } from '../kit/inert.js';
import { LIMITS } from './limits.js';

/**
 * An Adaptive Card from the plugin, read once: the texts, facts and links the card model
 * needs, and the card itself rebuilt from what Teams displays, for passing on as it is.
 *
 * The rebuild keeps only elements and properties Adaptive Cards 1.4 defines, with valid
 * values (the plugin writes `msTeams`, gives ColumnSet a `width` and spells out defaults, all
 * of which a strict reader drops or refuses), text made inert, and link actions only. When
 * anything a reader would miss cannot be kept (an element of an unknown type, a link Teams
 * would not open, more than the caps allow), there is no finished card: the relay renders
 * the card model instead, which shows all of it.
 */

type Json = Record<string, unknown>;

export interface AdaptiveFact {
  title: string;
  value: string;
}

export interface AdaptiveRead {
  /** The rebuilt card, or undefined when it would lose something (see above). */
  card: Json | undefined;
  /** TextBlock texts in reading order, as written. */
  texts: string[];
  facts: AdaptiveFact[];
  factsTotal: number;
  links: { title: string; url: string }[];
  /** The first TextBlock's colour: the plugin colours the headline by result. */
  color?: string;
}

const TEAMS_VERSIONS = new Set(['1', '1.0', '1.1', '1.2', '1.3', '1.4']);
const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Values a property may take, lower-case → as the schema spells it; defaults left out. */
const choices = (...values: string[]): ReadonlyMap<string, string> =>
  new Map(values.map((v) => [v.toLowerCase(), v]));

const SIZE = choices('small', 'medium', 'large', 'extraLarge');
const WEIGHT = choices('lighter', 'bolder');
const COLOR = choices('dark', 'light', 'accent', 'good', 'warning', 'attention');
const SPACING = choices('none', 'small', 'medium', 'large', 'extraLarge', 'padding');
const ALIGN = choices('center', 'right');
const FONT = choices('monospace');
const STYLE = choices('emphasis', 'good', 'attention', 'warning', 'accent');
const VERTICAL = choices('center', 'bottom');
/** Actions that call back into a service: nothing receives them behind a webhook. */
const CALLBACK_ACTIONS = new Set(['action.submit', 'action.execute', 'action.http']);

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Reader {
  lost = false;
  elements = 0;
  readonly texts: string[] = [];
  readonly facts: AdaptiveFact[] = [];
  factsTotal = 0;
  readonly links: { title: string; url: string }[] = [];
  color?: string;
  private buttons = 0;

  /** Copies `key` when its value is one of `allowed`, in the schema's spelling. */
  choice(from: Json, to: Json, key: string, allowed: ReadonlyMap<string, string>): void {
    const value = from[key];
    if (typeof value !== 'string') return;
    const spelled = allowed.get(value.toLowerCase());
    if (spelled !== undefined) to[key] = spelled;
  }

  /** Copies `key` when it is `true`; `false` is every flag's default. */
  flag(from: Json, to: Json, key: string): void {
    if (from[key] === true) to[key] = true;
  }

  /** A text as written, or undefined; longer than `max` cannot be kept whole. */
  text(value: unknown, max: number): string | undefined {
    if (typeof value !== 'string') return undefined;
    if (value.length > max) this.lost = true;
    return excerpt(value.slice(0, 2 * max + 2), max);
  }

  elementsOf(items: unknown, depth: number): Json[] {
    if (!Array.isArray(items)) return [];
    const out: Json[] = [];
    for (const item of items.slice(0, LIMITS.elements + 1)) {
      const cleaned = this.element(item, depth);
      if (cleaned !== undefined) out.push(cleaned);
    }
    return out;
  }

  element(value: unknown, depth: number): Json | undefined {
    this.elements += 1;
    if (depth > LIMITS.depth || this.elements > LIMITS.elements || !isObject(value)) {
      this.lost = true;
      return undefined;
    }
    switch (typeof value.type === 'string' ? value.type : '') {
      case 'TextBlock':
        return this.textBlock(value);
      case 'FactSet':
        return this.factSet(value);
      case 'ColumnSet':
        return this.columnSet(value, depth);
      case 'Container':
        return this.container(value, depth);
      case 'ActionSet':
        return this.actionSet(value);
      default:
        this.lost = true;
        return undefined;
    }
  }

  textBlock(from: Json): Json | undefined {
    const text = this.text(from.text, LIMITS.text);
    if (text === undefined) return undefined;
    if (this.texts.length === 0 && typeof from.color === 'string') this.color = from.color;
    this.texts.push(text);
    const to: Json = { type: 'TextBlock', text: inert(text) };
    this.flag(from, to, 'wrap');
    this.choice(from, to, 'size', SIZE);
    this.choice(from, to, 'weight', WEIGHT);
    this.choice(from, to, 'color', COLOR);
    this.flag(from, to, 'isSubtle');
    this.choice(from, to, 'horizontalAlignment', ALIGN);
    this.choice(from, to, 'fontType', FONT);
    this.layout(from, to);
    const maxLines = from.maxLines;
    if (typeof maxLines === 'number' && Number.isInteger(maxLines) && maxLines > 0) {
      to.maxLines = Math.min(maxLines, 100);
    }
    return to;
  }

  /** Spacing and separator, which every element may have. */
  layout(from: Json, to: Json): void {
    this.choice(from, to, 'spacing', SPACING);
    this.flag(from, to, 'separator');
  }

  factSet(from: Json): Json | undefined {
    const facts = Array.isArray(from.facts) ? from.facts : [];
    this.factsTotal += facts.length;
    if (facts.length > LIMITS.facts) this.lost = true;
    const kept: Json[] = [];
    for (const fact of facts.slice(0, LIMITS.facts)) {
      if (!isObject(fact)) continue;
      const title = this.text(fact.title, LIMITS.line) ?? '';
      const value = this.text(fact.value, LIMITS.value);
      if (value === undefined) continue;
      this.facts.push({ title, value });
      kept.push({ title: inert(title), value: inert(value) });
    }
    if (kept.length === 0) return undefined;
    const to: Json = { type: 'FactSet', facts: kept };
    this.layout(from, to);
    return to;
  }

  container(from: Json, depth: number): Json | undefined {
    const items = this.elementsOf(from.items, depth + 1);
    if (items.length === 0) return undefined;
    const to: Json = { type: 'Container', items };
    this.choice(from, to, 'style', STYLE);
    this.flag(from, to, 'bleed');
    this.layout(from, to);
    return to;
  }

  columnSet(from: Json, depth: number): Json | undefined {
    const columns: Json[] = [];
    for (const column of Array.isArray(from.columns) ? from.columns.slice(0, 10) : []) {
      const cleaned = this.column(column, depth + 1);
      if (cleaned !== undefined) columns.push(cleaned);
    }
    if (columns.length === 0) return undefined;
    const to: Json = { type: 'ColumnSet', columns };
    this.choice(from, to, 'style', STYLE);
    this.flag(from, to, 'bleed');
    this.layout(from, to);
    return to;
  }

  column(from: unknown, depth: number): Json | undefined {
    if (!isObject(from) || from.type !== 'Column') {
      this.lost = true;
      return undefined;
    }
    const to: Json = { type: 'Column', items: this.elementsOf(from.items, depth + 1) };
    const width = from.width;
    if (typeof width === 'number' && width > 0) to.width = width;
    else if (typeof width === 'string' && /^(?:auto|stretch|\d{1,4}px)$/i.test(width)) {
      to.width = width.toLowerCase();
    }
    this.choice(from, to, 'style', STYLE);
    this.choice(from, to, 'verticalContentAlignment', VERTICAL);
    this.layout(from, to);
    return to;
  }

  actionSet(from: Json): Json | undefined {
    const actions = this.actions(from.actions);
    if (actions.length === 0) return undefined;
    const to: Json = { type: 'ActionSet', actions };
    this.layout(from, to);
    return to;
  }

  /** Links only. A callback action is removed; any other kind cannot be kept. */
  actions(value: unknown): Json[] {
    if (!Array.isArray(value)) return [];
    const out: Json[] = [];
    for (const action of value.slice(0, LIMITS.actionsRead)) {
      const type = isObject(action) && typeof action.type === 'string' ? action.type : '';
      if (CALLBACK_ACTIONS.has(type.toLowerCase())) continue;
      const link = isObject(action) && type === 'Action.OpenUrl' ? this.link(action) : undefined;
      if (link === undefined) {
        this.lost = true;
        continue;
      }
      this.links.push(link);
      // A button is a click away from the browser: https only, as on every card the relay makes.
      if (!/^https:\/\//i.test(link.url) || this.buttons >= LIMITS.actions) this.lost = true;
      else {
        this.buttons += 1;
        out.push({ type: 'Action.OpenUrl', title: inert(link.title), url: link.url });
      }
    }
    return out;
  }

  link(action: Json): { title: string; url: string } | undefined {
    const url = httpUrl.safeParse(action.url);
    if (!url.success) return undefined;
    return { title: this.text(action.title, LIMITS.line) || 'Open', url: url.data };
  }
}

/** Reads an Adaptive Card (the `content` of the plugin's attachment). */
export function readAdaptiveCard(content: Json): AdaptiveRead {
  const reader = new Reader();
  const body = reader.elementsOf(content.body, 1);
  const actions = reader.actions(content.actions);
  const version = typeof content.version === 'number' ? String(content.version) : content.version;
  const supported = typeof version === 'string' && TEAMS_VERSIONS.has(version);
  const keep = supported && !reader.lost && body.length + actions.length > 0;
  const card: Json = { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.4' };
  card.msteams = { width: 'Full' };
  card.body = body;
  if (actions.length > 0) card.actions = actions;
  return {
    card: keep ? card : undefined,
    texts: reader.texts,
    facts: reader.facts,
    factsTotal: reader.factsTotal,
    links: reader.links,
    ...(reader.color ? { color: reader.color } : {}),
  };
}

/**
 * The Adaptive Card 1.4 a custom template may be, and the card it makes must be: the elements
 * and actions Teams displays from a webhook, each with the properties 1.4 defines. Checked on
 * a template when it is uploaded (where any value may still be a `${...}` expression, and any
 * object may repeat with `$data` or be dropped with `$when`) and on every card a template
 * makes (where nothing may). Pure; a problem names the JSON path it is at.
 */
import type { PathPart, Problem } from './path.js';
import { showPath } from './path.js';
import {
  ELEMENT_COMMON,
  ELEMENTS,
  COLUMN,
  TEXT_RUN,
  ACTION_COMMON,
  ACTIONS,
  CARD,
  BACKGROUND_IMAGE,
  CARD_VERSIONS,
  type Kind,
} from './card-vocabulary.js';

export type ShapeMode = 'template' | 'card';

type Json = Record<string, unknown>;
/** Keys of the templating language, allowed on any object of a template. */
const TEMPLATING_KEYS = new Set(['$data', '$when']);

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  readonly problems: Problem[] = [];

  constructor(
    readonly mode: ShapeMode,
    readonly maxProblems = 20,
  ) {}

  add(path: readonly PathPart[], message: string): void {
    if (this.problems.length < this.maxProblems) {
      this.problems.push({ path: showPath(path), message });
    }
  }

  /** In a template, a string holding `${...}` stands for a value only known when it is bound. */
  bound(value: unknown): boolean {
    return this.mode === 'template' && typeof value === 'string' && value.includes('${');
  }

  object(
    value: unknown,
    path: readonly PathPart[],
    props: Readonly<Record<string, Kind>>,
    what: string,
  ): void {
    if (!isObject(value)) {
      this.add(path, `expected ${what} (an object)`);
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (this.mode === 'template' && TEMPLATING_KEYS.has(key)) continue;
      const kind = Object.hasOwn(props, key) ? props[key] : undefined;
      if (kind === undefined) {
        this.add([...path, key], `unknown property for ${what} in Adaptive Cards 1.4`);
        continue;
      }
      this.value(child, [...path, key], kind);
    }
  }

  value(value: unknown, path: readonly PathPart[], kind: Kind): void {
    if (this.bound(value) && kind !== 'elements' && kind !== 'actions') return;
    if (typeof kind !== 'string') {
      const ok =
        typeof value === 'string' && kind.some((k) => k.toLowerCase() === value.toLowerCase());
      if (!ok) this.add(path, `expected one of ${kind.join(', ')}`);
      return;
    }
    switch (kind) {
      case 'any':
        return;
      case 'string':
        if (typeof value !== 'string') this.add(path, 'expected a string');
        return;
      case 'boolean':
        if (typeof value !== 'boolean') this.add(path, 'expected true or false');
        return;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value))
          this.add(path, 'expected a number');
        return;
      case 'url':
        if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) {
          this.add(path, 'expected an http(s) URL');
        }
        return;
      case 'strings':
        return;
      case 'elements':
        return this.list(value, path, (item, at) => this.element(item, at));
      case 'actions':
        return this.list(value, path, (item, at) => this.action(item, at));
      case 'columns':
        return this.list(value, path, (item, at) => {
          if (isObject(item) && item.type !== undefined && item.type !== 'Column') {
            this.add([...at, 'type'], 'expected "Column"');
          }
          this.object(item, at, COLUMN, 'a Column');
        });
      case 'facts':
        return this.list(value, path, (item, at) =>
          this.object(item, at, { title: 'string', value: 'string' }, 'a fact'),
        );
      case 'images':
        return this.list(value, path, (item, at) => this.element(item, at, ['Image']));
      case 'inlines':
        return this.list(value, path, (item, at) => {
          if (typeof item === 'string') return;
          if (isObject(item) && item.type !== 'TextRun')
            this.add([...at, 'type'], 'expected "TextRun"');
          this.object(item, at, TEXT_RUN, 'a TextRun');
        });
      case 'action':
        return this.action(value, path);
      case 'image':
        if (typeof value === 'string') return this.value(value, path, 'url');
        return this.object(value, path, BACKGROUND_IMAGE, 'a background image');
      case 'card':
        return this.card(value, path, false);
    }
  }

  list(
    value: unknown,
    path: readonly PathPart[],
    each: (item: unknown, at: PathPart[]) => void,
  ): void {
    if (this.bound(value)) return;
    if (!Array.isArray(value)) {
      // A template may give one object with `$data` where the card has an array.
      if (this.mode === 'template' && isObject(value) && '$data' in value)
        return each(value, [...path]);
      this.add(path, 'expected an array');
      return;
    }
    value.forEach((item, i) => each(item, [...path, i]));
  }

  typeOf(value: Json, path: readonly PathPart[]): string | undefined {
    const type = value.type;
    if (typeof type !== 'string') {
      this.add([...path, 'type'], 'every element and action needs a "type"');
      return undefined;
    }
    if (this.bound(type)) {
      this.add([...path, 'type'], 'a "type" must be written out, not computed');
      return undefined;
    }
    return type;
  }

  element(value: unknown, path: readonly PathPart[], only?: readonly string[]): void {
    if (!isObject(value)) return this.add(path, 'expected an element (an object)');
    const type = this.typeOf(value, path);
    if (type === undefined) return;
    const props = Object.hasOwn(ELEMENTS, type) ? ELEMENTS[type] : undefined;
    if (!props || (only && !only.includes(type))) {
      const known = only ?? Object.keys(ELEMENTS);
      return this.add(
        [...path, 'type'],
        `'${type}' is not an element Teams shows from a webhook in Adaptive Cards 1.4 (use ${known.join(', ')})`,
      );
    }
    this.object(value, path, { ...ELEMENT_COMMON, ...props }, `a ${type}`);
  }

  action(value: unknown, path: readonly PathPart[]): void {
    if (!isObject(value)) return this.add(path, 'expected an action (an object)');
    const type = this.typeOf(value, path);
    if (type === undefined) return;
    const props = Object.hasOwn(ACTIONS, type) ? ACTIONS[type] : undefined;
    if (!props) {
      const why = type === 'Action.Submit' ? ': nothing behind a webhook can receive it' : '';
      return this.add(
        [...path, 'type'],
        `'${type}' is not an action a webhook card can have${why} (use ${Object.keys(ACTIONS).join(', ')})`,
      );
    }
    this.object(value, path, { ...ACTION_COMMON, ...props }, `an ${type}`);
  }

  card(value: unknown, path: readonly PathPart[], top: boolean): void {
    if (!isObject(value)) return this.add(path, 'expected an Adaptive Card (an object)');
    if (value.type !== 'AdaptiveCard') this.add([...path, 'type'], 'expected "AdaptiveCard"');
    if (top) {
      const version = value.version;
      if (typeof version !== 'string' || !CARD_VERSIONS.includes(version)) {
        this.add(
          [...path, 'version'],
          `expected a version Teams shows from a webhook: ${CARD_VERSIONS.join(', ')} (Workflows cannot display newer cards)`,
        );
      }
      if (value.body === undefined) this.add([...path, 'body'], 'a card needs a body');
    }
    this.object(value, path, CARD, 'an AdaptiveCard');
  }
}

/** Problems with a card or a template, at most `max` of them; none means it is fine. */
export function cardShapeProblems(
  value: unknown,
  mode: ShapeMode,
  path: readonly PathPart[] = [],
  max = 20,
): Problem[] {
  const checker = new Checker(mode, max);
  checker.card(value, path, true);
  return checker.problems;
}

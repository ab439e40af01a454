import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

/**
 * Checks an Adaptive Card the way a Teams client would read it, using Microsoft's own
 * `adaptivecards` parser, plus the rules Teams webhooks add. Returns a list of problems; an
 * empty list means the card is fine.
 *
 * The package's `lib/` ESM build does not load in Node, so the UMD bundle is required instead;
 * the types still come from `lib/`.
 */
const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Workflows cannot display 1.5. */
const TEAMS_VERSION = '1.4';

/**
 * Host-specific keys the library does not model and drops when serializing: Teams reads
 * `msteams` (width, mentions); `$schema` is re-added by the library anyway.
 */
const HOST_KEYS = new Set(['msteams', '$schema']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Paths where `original` holds a value that did not survive parse → toJSON: a property the
 * schema does not know (a typo, MessageCard's `name` in a fact), a value the parser rejected,
 * or a redundant default. String values are compared case-insensitively because the parser
 * normalises enum casing ("medium" → "Medium"), which Teams accepts either way.
 */
function roundTripLosses(original: unknown, copy: unknown, path: string, out: string[]): void {
  if (Array.isArray(original)) {
    if (!Array.isArray(copy) || copy.length !== original.length) {
      out.push(`${path}: array did not survive the round trip`);
      return;
    }
    original.forEach((entry, i) => roundTripLosses(entry, copy[i], `${path}[${i}]`, out));
    return;
  }
  if (isObject(original)) {
    if (!isObject(copy)) {
      out.push(`${path}: object did not survive the round trip`);
      return;
    }
    for (const [key, value] of Object.entries(original)) {
      if (path === '$' && HOST_KEYS.has(key)) continue;
      if (!(key in copy)) {
        out.push(`${path}.${key}: dropped by the parser (unknown property or default value)`);
        continue;
      }
      roundTripLosses(value, copy[key], `${path}.${key}`, out);
    }
    return;
  }
  const same =
    typeof original === 'string' && typeof copy === 'string'
      ? original.toLowerCase() === copy.toLowerCase()
      : original === copy;
  if (!same) out.push(`${path}: ${JSON.stringify(original)} became ${JSON.stringify(copy)}`);
}

/** Teams webhooks never support Action.Submit, at any depth (ShowCard cards, selectAction). */
function findSubmitActions(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((entry, i) => findSubmitActions(entry, `${path}[${i}]`, out));
    return;
  }
  if (!isObject(value)) return;
  if (value.type === 'Action.Submit') out.push(`${path}: Action.Submit is not supported`);
  for (const [key, child] of Object.entries(value)) findSubmitActions(child, `${path}.${key}`, out);
}

function checkMsTeams(card: Json, out: string[]): void {
  const msteams = card.msteams;
  if (!isObject(msteams) || msteams.width !== 'Full') {
    out.push('$.msteams.width: should be "Full" so the card uses the whole channel width');
  }
}

export function validateAdaptiveCard(card: object): string[] {
  const problems: string[] = [];
  const json = card as Json;
  if (json.type !== 'AdaptiveCard') problems.push(`$.type: expected "AdaptiveCard"`);
  if (json.version !== TEAMS_VERSION) {
    problems.push(`$.version: expected "${TEAMS_VERSION}", got ${JSON.stringify(json.version)}`);
  }
  checkMsTeams(json, problems);
  findSubmitActions(json, '$', problems);

  const parsed = new AC.AdaptiveCard();
  // Targeting 1.4 makes newer elements (Table, ...) unknown types rather than silently fine.
  const context = new AC.SerializationContext(new AC.Version(1, 4));
  parsed.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    problems.push(`parse: ${context.getEventAt(i).message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validate: ${event.message}`);
  }

  let copy: unknown;
  try {
    copy = parsed.toJSON();
  } catch (err) {
    // The library throws on some invalid values, e.g. an unparseable version.
    problems.push(`toJSON: ${err instanceof Error ? err.message : String(err)}`);
    return problems;
  }
  roundTripLosses(json, copy, '$', problems);
  return problems;
}

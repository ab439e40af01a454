import { z } from 'zod';
import { excerpt } from '../../core/text.js';

/**
 * Zod pieces for reading sender payloads. Each sender's schema names only the fields a card
 * uses; strings are cut to size while parsing so nothing unbounded reaches the queue.
 */

/** A required one-line string, trimmed and cut to `max` characters. */
export const line = (max: number) => z.string().transform((s) => excerpt(s, max) ?? '');

/** User-written text: null or blank becomes absent, the rest is cut to `max` characters. */
export const prose = (max: number) =>
  z
    .string()
    .nullish()
    .transform((s) => excerpt(s, max));

/**
 * A string of at most `max` UTF-16 code units, as these schemas always measured one. zod 4's
 * `.max()` counts code points, which lets through up to twice as many units, and it still
 * measures a value it has refused as not a string when that value has a length (an array),
 * adding a second issue to the message.
 */
export const cappedString = (max: number) =>
  z.string().check((payload) => {
    if (payload.value.length <= max) return;
    payload.issues.push({
      code: 'too_big',
      origin: 'string',
      maximum: max,
      inclusive: true,
      input: payload.value,
      // The other rules of the string are still checked, and broken ones listed with this.
      continue: true,
    });
  });

/** Longer than any link a card shows, short enough to queue. */
export const URL_MAX = 2048;

/** Only http(s) links, so a forged payload cannot smuggle a `javascript:` link into a card. */
export const httpUrl = cappedString(URL_MAX).regex(/^https?:\/\/\S+$/i, 'Expected an http(s) URL');

/**
 * A whole number of at least `min`, checked as these schemas always checked one (zod 3's
 * `z.number().int().nonnegative()`), which zod 4's number schema no longer does: an integer is
 * accepted however large (zod 4's `.int()` refuses those past ±2^53); a number JSON overflowed
 * to ±Infinity (`1e400`) is a number that is not an integer, not a non-number; and every rule
 * the number breaks is listed, not only the first.
 */
function wholeNumber(min?: number) {
  return z.custom<number>().check((payload) => {
    const n: unknown = payload.value;
    if (typeof n !== 'number' || Number.isNaN(n)) {
      payload.issues.push({ code: 'invalid_type', expected: 'number', input: n });
      return;
    }
    if (!Number.isInteger(n)) {
      const message = 'Expected integer, received float';
      payload.issues.push({ code: 'invalid_type', expected: 'integer', input: n, message });
    }
    if (min !== undefined && n < min) {
      payload.issues.push({
        code: 'too_small',
        origin: 'number',
        minimum: min,
        inclusive: true,
        input: n,
      });
    }
  });
}

/** An integer (issue, run and line numbers, ids). */
export const integer = () => wholeNumber();

/** Absent or null numbers become undefined; cards then leave the fact out. */
export const count = wholeNumber(0)
  .nullish()
  .transform((n) => n ?? undefined);

/**
 * Any array, checked without visiting its elements: `z.array(z.unknown())` still walks every
 * one, which for a 5 MB body of `[0,0,…]` is 2.5 million steps before anything is cut.
 */
export const anyArray = z.unknown().transform((value, ctx): unknown[] => {
  if (Array.isArray(value)) return value as unknown[];
  ctx.addIssue({ code: 'invalid_type', expected: 'array', input: value });
  return z.NEVER;
});

/**
 * The first `max` elements of an array, each validated by `item`; the rest are never read, so
 * the cost does not grow with what the sender put in the array (a bad element past `max` is
 * not an error either). Issue paths still name the element (`labels.3.name`).
 */
export function arrayHead<T extends z.ZodType>(item: T, max: number) {
  return anyArray.transform((all) => all.slice(0, max)).pipe(z.array(item));
}

/** A field that may be missing or of another shape: it costs the card a detail, not the event. */
export const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** Free text a card may show, bounded; missing or odd: none. */
export const looseText = (max: number) => loose(prose(max));

/**
 * A status, action or type word, trimmed and lower-cased (`keepCase` for senders whose words
 * are names, like Azure DevOps' `succeeded`/`partiallySucceeded`); anything long is not one.
 */
export const looseWord = (max: number, opts: { keepCase?: boolean } = {}) =>
  loose(
    cappedString(max)
      .nullish()
      .transform((s) => {
        const word = s?.trim();
        return (opts.keepCase ? word : word?.toLowerCase()) || undefined;
      }),
  );

/**
 * The first `max` elements of an array that match `item`, and how many the array had; the
 * rest are never read, and an element of another shape is skipped rather than costing the
 * whole list. Not an array: none.
 */
export function listHead<T extends z.ZodType>(item: T, max: number) {
  return loose(
    anyArray.transform((all) => ({
      items: all.slice(0, max).flatMap((entry): z.output<T>[] => {
        const parsed = item.safeParse(entry);
        return parsed.success ? [parsed.data] : [];
      }),
      total: all.length,
    })),
  ).transform((list) => list ?? { items: [], total: 0 });
}

export type ValidateResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Issues listed in a malformed-payload message; the first few are enough to fix a sender. */
const MAX_ISSUES = 5;

/**
 * Runs `schema` over an untrusted payload and, on failure, names the offending fields
 * ("push payload is missing ref; repository.html_url: Expected an http(s) URL").
 */
export function validate<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  eventName: string,
): ValidateResult<z.output<S>> {
  // `reportInput` keeps each issue's value, which is how `describe` tells a missing field.
  const result = schema.safeParse(payload, { error: wording, reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, message: `${eventName} payload ${describe(result.error.issues)}` };
}

function describe(issues: readonly z.core.$ZodIssue[]): string {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(body)';
    // A field of the wrong type whose value is undefined is one the payload does not have.
    if (issue.code === 'invalid_type' && issue.input === undefined) missing.push(path);
    else invalid.push(`${path}: ${issue.message}`);
  }
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`is missing ${missing.join(', ')}`);
  if (invalid.length > 0) parts.push(`has invalid ${invalid.join('; ')}`);
  return parts.join('; ');
}

/**
 * What a malformed-payload message says of a field that breaks a rule the schema states
 * without words of its own: "Expected object, received number", "String must contain at most
 * 64 character(s)". These are the words these messages have always used (zod 3's), kept
 * because they reach senders and logs; any other kind of issue keeps zod's message.
 */
function wording(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    return `Expected ${issue.expected}, received ${typeName(issue.input)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    const bound = issue.inclusive ? 'greater than or equal to' : 'greater than';
    return `Number must be ${bound} ${issue.minimum}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    const bound = issue.inclusive ? 'at most' : 'under';
    return `String must contain ${bound} ${issue.maximum} character(s)`;
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') return 'Invalid';
  return undefined;
}

/** A JSON value's type, named as in `wording`. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isNaN(value)) return 'nan';
  return typeof value;
}

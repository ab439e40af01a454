import { z } from 'zod/v3';
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

/** Longer than any link a card shows, short enough to queue. */
export const URL_MAX = 2048;

/** Only http(s) links, so a forged payload cannot smuggle a `javascript:` link into a card. */
export const httpUrl = z
  .string()
  .max(URL_MAX)
  .regex(/^https?:\/\/\S+$/i, 'Expected an http(s) URL');

/** Absent or null numbers become undefined; cards then leave the fact out. */
export const count = z
  .number()
  .int()
  .nonnegative()
  .nullish()
  .transform((n) => n ?? undefined);

/**
 * Any array, checked without visiting its elements: `z.array(z.unknown())` still walks every
 * one, which for a 5 MB body of `[0,0,…]` is 2.5 million steps before anything is cut.
 */
export const anyArray = z.unknown().transform((value, ctx): unknown[] => {
  if (Array.isArray(value)) return value as unknown[];
  ctx.addIssue({ code: 'invalid_type', expected: 'array', received: z.getParsedType(value) });
  return z.NEVER;
});

/**
 * The first `max` elements of an array, each validated by `item`; the rest are never read, so
 * the cost does not grow with what the sender put in the array (a bad element past `max` is
 * not an error either). Issue paths still name the element (`labels.3.name`).
 */
export function arrayHead<T extends z.ZodTypeAny>(item: T, max: number) {
  return anyArray.transform((all) => all.slice(0, max)).pipe(z.array(item));
}

/** A field that may be missing or of another shape: it costs the card a detail, not the event. */
export const loose = <T extends z.ZodTypeAny>(schema: T) => schema.optional().catch(undefined);

export type ValidateResult<T> = { ok: true; data: T } | { ok: false; message: string };

/** Issues listed in a malformed-payload message; the first few are enough to fix a sender. */
const MAX_ISSUES = 5;

/**
 * Runs `schema` over an untrusted payload and, on failure, names the offending fields
 * ("push payload is missing ref; repository.html_url: Expected an http(s) URL").
 */
export function validate<S extends z.ZodTypeAny>(
  schema: S,
  payload: unknown,
  eventName: string,
): ValidateResult<z.output<S>> {
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, data: result.data as z.output<S> };
  return { ok: false, message: `${eventName} payload ${describe(result.error.issues)}` };
}

function describe(issues: readonly z.ZodIssue[]): string {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const issue of issues.slice(0, MAX_ISSUES)) {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(body)';
    if (issue.code === 'invalid_type' && issue.received === 'undefined') missing.push(path);
    else invalid.push(`${path}: ${issue.message}`);
  }
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`is missing ${missing.join(', ')}`);
  if (invalid.length > 0) parts.push(`has invalid ${invalid.join('; ')}`);
  return parts.join('; ');
}

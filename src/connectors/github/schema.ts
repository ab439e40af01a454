import { z } from 'zod';
import type { GitHubRepoRef } from '../../core/events/github.js';
import { excerpt } from '../../core/text.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces shared by the normalisers. Each schema names only the fields a card uses;
 * strings are cut to size while parsing so nothing unbounded reaches the queue.
 */

/** A required one-line string, trimmed and cut to `max` characters. */
export const line = (max: number) => z.string().transform((s) => excerpt(s, max) ?? '');

/** User-written text: null or blank becomes absent, the rest is cut to `max` characters. */
export const prose = (max: number) =>
  z
    .string()
    .nullish()
    .transform((s) => excerpt(s, max));

/** Only http(s) links, so a forged payload cannot smuggle a `javascript:` link into a card. */
export const httpUrl = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\/\S+$/i, 'Expected an http(s) URL');

export const login = z.object({ login: line(LIMITS.name) });

/** `sender` is present on real deliveries but no card depends on it alone. */
export const optionalSender = login.nullish().catch(undefined);

/** The raw `repository` object, for schemas that need more of it (star counts). */
export const repositoryObject = z.object({ full_name: line(LIMITS.name * 2), html_url: httpUrl });

export function toRepoRef(r: z.output<typeof repositoryObject>): GitHubRepoRef {
  return { fullName: r.full_name, url: r.html_url };
}

export const repository = repositoryObject.transform(toRepoRef);

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

/**
 * A commit sha: 40 hex digits today, 64 in SHA-256 repositories; abbreviated ones (at least 7
 * digits) are accepted. Anything else is not a sha a card should show or link.
 */
export const sha = z.string().regex(/^[0-9a-f]{7,64}$/i, 'Expected a commit sha');

/** Label names from `labels[]`, capped in number and length. */
export const labelNames = arrayHead(z.object({ name: line(LIMITS.name) }), LIMITS.names)
  .nullish()
  .transform((labels) => (labels ?? []).map((l) => l.name));

/** Logins from `assignees[]`, capped in number. */
export const loginList = arrayHead(login, LIMITS.names)
  .nullish()
  .transform((users) => (users ?? []).map((u) => u.login));

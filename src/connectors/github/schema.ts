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

/** Label names from `labels[]`, capped in number and length. */
export const labelNames = z
  .array(z.object({ name: line(LIMITS.name) }))
  .nullish()
  .transform((labels) => (labels ?? []).slice(0, LIMITS.names).map((l) => l.name));

/** Logins from `assignees[]`, capped in number. */
export const loginList = z
  .array(login)
  .nullish()
  .transform((users) => (users ?? []).slice(0, LIMITS.names).map((u) => u.login));

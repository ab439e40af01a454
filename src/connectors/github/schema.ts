import { z } from 'zod';
import type { GitHubRepoRef } from './events.js';
import {
  arrayHead,
  cappedString,
  count,
  httpUrl,
  integer,
  line,
  loose,
  prose,
} from '../kit/schema.js';
import { LIMITS } from './limits.js';

/** Zod pieces for GitHub's payloads; the generic ones are in the kit. */

export const login = z.object({ login: line(LIMITS.name) });

/** `sender` is present on real deliveries but no card depends on it alone. */
export const optionalSender = login.nullish().catch(undefined);

/** The raw `repository` object, for schemas that need more of it (star counts). */
export const repositoryObject = z.object({ full_name: line(LIMITS.name * 2), html_url: httpUrl });

export function toRepoRef(r: z.output<typeof repositoryObject>): GitHubRepoRef {
  return { fullName: r.full_name, url: r.html_url };
}

export const repository = repositoryObject.transform(toRepoRef);

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

/**
 * Who wrote a review, comment or discussion. GitHub sends `user: null` for a deleted account
 * and shows it as "ghost", so the card does the same rather than refusing the event.
 */
export const author = login
  .nullish()
  .catch(undefined)
  .transform((u) => u?.login ?? 'ghost');

/** A closed-vocabulary word (status, state, conclusion, severity); blank or null is absent. */
export const word = cappedString(LIMITS.token)
  .nullish()
  .transform((s) => s || undefined);

/** The same in lower case, so `HIGH` (GraphQL) and `high` (webhooks) read alike; loose. */
export const lowerWord = loose(word.transform((s) => s?.toLowerCase()));

/** Text that only adds a detail: null, blank or of another type leaves it out. */
export const optionalText = (max: number) => loose(prose(max));

/** An organisation as payloads carry it: the login only (its URL there is the API's). */
export const organization = z.object({ login: line(LIMITS.name) });

/** The pull request a review, review comment or thread belongs to. */
export const pullRequestRef = z.object({
  number: integer(),
  title: line(LIMITS.title),
  html_url: httpUrl,
});

/** Line numbers and counts that only add a detail: anything odd just leaves it out. */
export const optionalCount = loose(count);

/** File paths: capped; a missing or odd path only costs the card a fact. */
export const optionalPath = optionalText(LIMITS.path);

/** `head_branch` is null for runs on a tag or a detached sha. */
export const branchName = prose(LIMITS.name * 2);

import { z } from 'zod';
import type { GitHubRepoRef } from './events.js';
import { arrayHead, httpUrl, line } from '../kit/schema.js';
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

import { z } from 'zod';
import { arrayHead, cappedString, httpUrl, line, loose, prose } from '../kit/schema.js';
import { excerpt, firstLine } from '../../core/text.js';
import type { GitLabCommit, GitLabProject } from './events.js';
import { LIMITS } from './limits.js';

/** Zod pieces for GitLab's payloads; the generic ones are in the kit. */

export const projectObject = z.object({ path_with_namespace: line(LIMITS.path), web_url: httpUrl });

export function toProject(p: z.output<typeof projectObject>): GitLabProject {
  return { path: p.path_with_namespace, url: p.web_url };
}

/** `project` as every project hook carries it: the path and the page to link. */
export const project = projectObject.transform(toProject);

/** 40 hex digits (64 in SHA-256 projects); abbreviated ones of at least 7 are accepted. */
export const sha = z.string().regex(/^[0-9a-f]{7,64}$/i, 'Expected a commit sha');

/** A closed-vocabulary word (status, action, state); blank or null is absent. */
const word = cappedString(LIMITS.token)
  .nullish()
  .transform((s) => s?.trim() || undefined);

/** The same where an odd value only costs the card a detail. */
export const optionalWord = loose(word);

/** Text that only adds a detail: null, blank or of another type leaves it out. */
export const optionalText = (max: number) => loose(prose(max));

/** Who did it, as `user.name`; a missing or odd user only costs the card its "by" line. */
export const actor = loose(
  z.object({ name: line(LIMITS.name) }).transform((u) => u.name || undefined),
);

/** Names from `assignees[]` / `reviewers[]`, capped in number; odd shapes give none. */
export const nameList = loose(
  arrayHead(z.object({ name: line(LIMITS.name) }), LIMITS.names),
).transform((users) => (users ?? []).map((u) => u.name).filter((n) => n !== ''));

/** Label titles from `labels[]`, capped in number. */
export const labelTitles = loose(
  arrayHead(z.object({ title: line(LIMITS.name) }), LIMITS.names),
).transform((labels) => (labels ?? []).map((l) => l.title).filter((t) => t !== ''));

/** A link that only adds a detail. */
export const optionalUrl = loose(httpUrl.nullish().transform((u) => u ?? undefined));

/**
 * A commit as push, pipeline and release payloads carry it. Newer GitLab sends `title` (the
 * first line); older payloads only `message`.
 */
export const commit = z
  .object({
    id: sha,
    message: z.string().nullish(),
    title: z.string().nullish(),
    url: optionalUrl,
    author: loose(z.object({ name: line(LIMITS.name) })),
  })
  .transform((c): GitLabCommit => ({
    sha: c.id,
    subject: excerpt(firstLine(c.title || c.message), LIMITS.subject) ?? '',
    author: c.author?.name || undefined,
    url: c.url,
  }));

/** GitLab writes "no commit" (a created or deleted ref) as 40 zeros. */
export function isZeroSha(value: string): boolean {
  return /^0+$/.test(value);
}

/** A JSON object, checked without visiting its keys: callers read only the few they need. */
export const plainObject = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'Expected object',
);

import { z } from 'zod';
import { anyArray, count, line, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { commit, isZeroSha, optionalText, project, sha } from '../schema.js';
import { compareUrl } from '../urls.js';
import { malformed, type NormalizeResult } from './result.js';

const BRANCH_PREFIX = 'refs/heads/';
const TAG_PREFIX = 'refs/tags/';

const refPush = z.object({
  ref: line(LIMITS.name * 3),
  before: sha,
  after: sha,
  checkout_sha: sha.nullish().catch(undefined),
  user_name: line(LIMITS.name),
  message: optionalText(LIMITS.body),
  // Only the kept head is validated below; the rest of the list is never visited.
  commits: anyArray.nullish(),
  total_commits_count: count,
  project,
});

const keptCommits = z.object({ commits: z.array(commit) });

function shortRef(ref: string, prefix: string): string {
  return ref.startsWith(prefix) ? ref.slice(prefix.length) : ref;
}

/** `Push Hook`: commits pushed to a branch, or a branch created or deleted. */
export function normalizePush(payload: unknown): NormalizeResult {
  const parsed = validate(refPush, payload, 'push');
  if (!parsed.ok) return malformed(parsed.message);
  const p = parsed.data;
  const listed = p.commits ?? [];
  const kept = validate(keptCommits, { commits: listed.slice(0, LIMITS.commits) }, 'push');
  if (!kept.ok) return malformed(kept.message);
  const created = isZeroSha(p.before);
  const deleted = isZeroSha(p.after);
  return {
    kind: 'event',
    event: {
      type: 'push',
      project: p.project,
      branch: shortRef(p.ref, BRANCH_PREFIX),
      pusher: p.user_name,
      created,
      deleted,
      after: p.after,
      compareUrl: created || deleted ? undefined : compareUrl(p.project.url, p.before, p.after),
      commits: kept.data.commits,
      totalCommits: Math.max(p.total_commits_count ?? listed.length, kept.data.commits.length),
    },
  };
}

/** `Tag Push Hook`: a tag created or deleted. */
export function normalizeTagPush(payload: unknown): NormalizeResult {
  const parsed = validate(refPush, payload, 'tag_push');
  if (!parsed.ok) return malformed(parsed.message);
  const p = parsed.data;
  const deleted = isZeroSha(p.after);
  const target = p.checkout_sha ?? (deleted ? undefined : p.after);
  return {
    kind: 'event',
    event: {
      type: 'tag_push',
      project: p.project,
      tag: shortRef(p.ref, TAG_PREFIX),
      pusher: p.user_name,
      deleted,
      target: target && !isZeroSha(target) ? target : undefined,
      message: p.message,
    },
  };
}

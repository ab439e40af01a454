import { z } from 'zod';
import { anyArray, httpUrl, line, validate } from '../../kit/schema.js';
import type { GitHubCommit } from '../events.js';
import { excerpt, firstLine } from '../../../core/text.js';
import { GITHUB_PUSH_COMMIT_CAP, LIMITS } from '../limits.js';
import { optionalSender, repository, sha } from '../schema.js';
import { tagUrl } from '../urls.js';
import { type NormalizeResult } from '../normalize-result.js';

const TAG_PREFIX = 'refs/tags/';
const BRANCH_PREFIX = 'refs/heads/';

const commit = z
  .object({
    id: sha,
    message: z.string(),
    url: httpUrl,
    author: z.object({ name: line(LIMITS.name) }),
  })
  .transform((c): GitHubCommit => ({
    sha: c.id,
    subject: excerpt(firstLine(c.message), LIMITS.subject) ?? '',
    author: c.author.name,
    url: c.url,
  }));

const push = z.object({
  ref: line(LIMITS.name * 3),
  // All zeros when the ref was deleted, which is still a well-formed sha.
  after: sha,
  created: z.boolean().default(false),
  deleted: z.boolean().default(false),
  forced: z.boolean().default(false),
  compare: httpUrl.nullish().catch(undefined),
  // Only the length of the full list matters; the kept head is validated below, so a push of
  // 2 048 commits costs 20 commit validations, not 2 048, and the rest are never visited.
  commits: anyArray,
  pusher: z.object({ name: line(LIMITS.name) }).nullish(),
  sender: optionalSender,
  repository,
});

const keptCommits = z.object({ commits: z.array(commit) });

export function normalizePush(payload: unknown): NormalizeResult {
  const parsed = validate(push, payload, 'push');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const p = parsed.data;

  const pusher = p.pusher?.name || p.sender?.login;
  if (!pusher) return { kind: 'malformed', message: 'push payload is missing pusher.name' };

  const base = {
    source: 'github',
    repo: p.repository,
    pusher,
    after: p.after,
  } as const;

  if (p.ref.startsWith(TAG_PREFIX)) {
    const tag = p.ref.slice(TAG_PREFIX.length);
    const change = p.deleted ? 'deleted' : p.created ? 'created' : 'moved';
    // A deleted tag has no page left to link to.
    const url = change === 'deleted' ? undefined : tagUrl(p.repository.url, tag);
    return { kind: 'event', event: { ...base, type: 'tag', tag, change, url } };
  }

  const kept = validate(keptCommits, { commits: p.commits.slice(0, LIMITS.commits) }, 'push');
  if (!kept.ok) return { kind: 'malformed', message: kept.message };

  return {
    kind: 'event',
    event: {
      ...base,
      type: 'push',
      branch: p.ref.startsWith(BRANCH_PREFIX) ? p.ref.slice(BRANCH_PREFIX.length) : p.ref,
      created: p.created,
      deleted: p.deleted,
      forced: p.forced,
      compareUrl: p.compare ?? undefined,
      commits: kept.data.commits,
      totalCommits: p.commits.length,
      totalIsLowerBound: p.commits.length >= GITHUB_PUSH_COMMIT_CAP,
    },
  };
}

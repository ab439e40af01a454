import { z } from 'zod';
import { cappedString } from '../../kit/schema.js';
import { excerpt, firstLine } from '../../../core/text.js';
import type { AdoBase, AdoCommit, AdoPushEvent, AdoRefUpdate } from '../events.js';
import { LIMITS } from '../limits.js';
import { identity, listHead, name, optionalUrl, text, tolerantHead } from '../schema.js';
import { commitUrl, pageUrl } from '../urls.js';
import { repository } from './repository.js';

const SHA = /^[0-9a-f]{7,64}$/i;
const ZEROS = /^0+$/;

const commit = z.object({
  commitId: cappedString(64).regex(SHA),
  comment: text(LIMITS.body * 4),
  author: z.object({ name }).optional().catch(undefined),
  url: optionalUrl,
});

const refUpdate = z
  .object({
    name: cappedString(LIMITS.name * 2),
    oldObjectId: cappedString(64).optional().catch(undefined),
    newObjectId: cappedString(64).optional().catch(undefined),
  })
  .transform((ref): AdoRefUpdate => {
    const tag = ref.name.startsWith('refs/tags/');
    const short = ref.name.replace(/^refs\/(?:heads|tags)\//, '');
    return {
      name: short,
      tag,
      deleted: ref.newObjectId !== undefined && ZEROS.test(ref.newObjectId),
      created: ref.oldObjectId !== undefined && ZEROS.test(ref.oldObjectId),
    };
  });

const push = z.object({
  repository,
  pushedBy: identity,
  refUpdates: tolerantHead(refUpdate, LIMITS.refs),
  /** Beyond the kept head only the length of the list matters. */
  commits: listHead(commit, LIMITS.commits),
});

/** `git.push`: the repository, its branches, who pushed and the commits (up to 100 sent). */
export function normalizePush(resource: unknown, base: AdoBase): AdoPushEvent | undefined {
  const parsed = push.safeParse(resource);
  if (!parsed.success || parsed.data.repository.name === undefined) return undefined;
  const p = parsed.data;
  const repoUrl = p.repository.url;
  const commits = p.commits.items.map((c): AdoCommit => ({
    sha: c.commitId,
    subject: excerpt(firstLine(c.comment), LIMITS.subject) ?? '',
    author: c.author?.name,
    url: pageUrl(c.url) ?? (repoUrl ? commitUrl(repoUrl, c.commitId) : undefined),
  }));
  return {
    ...base,
    kind: 'push',
    repo: p.repository,
    refs: p.refUpdates,
    pusher: p.pushedBy,
    commits,
    totalCommits: Math.max(p.commits.total, commits.length),
  };
}

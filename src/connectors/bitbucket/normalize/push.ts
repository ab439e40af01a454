import { z } from 'zod';
import { anyArray, line, loose, validate } from '../../kit/schema.js';
import type { BitbucketRefChange } from '../events.js';
import { LIMITS } from '../limits.js';
import { account, commit, hash, htmlLink, repository } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const ref = z
  .object({
    type: line(LIMITS.token),
    name: line(LIMITS.name * 2),
    target: loose(z.object({ hash })),
  })
  .nullish();

const change = z.object({
  new: ref,
  old: ref,
  created: loose(z.boolean()),
  closed: loose(z.boolean()),
  forced: loose(z.boolean()),
  truncated: loose(z.boolean()),
  // Only the kept head is validated; the rest is never visited.
  commits: anyArray
    .nullish()
    .transform((all) => (all ?? []).slice(0, LIMITS.commitsPerChange))
    .pipe(z.array(commit)),
  links: htmlLink,
});

const push = z.object({
  actor: account,
  repository,
  push: z.object({ changes: anyArray }),
});

function toChange(c: z.output<typeof change>): BitbucketRefChange | undefined {
  const now = c.new ?? c.old;
  if (!now) return undefined;
  return {
    kind: now.type === 'tag' ? 'tag' : 'branch',
    name: now.name,
    created: c.created === true || (c.old == null && c.new != null),
    closed: c.closed === true || c.new == null,
    forced: c.forced === true,
    truncated: c.truncated === true,
    target: c.new?.target?.hash,
    commits: c.commits,
    url: c.links,
  };
}

/** `repo:push`: one or more branches or tags created, moved or deleted. */
export function normalizePush(payload: unknown): NormalizeResult {
  const parsed = validate(push, payload, 'repo:push');
  if (!parsed.ok) return malformed(parsed.message);
  const { actor, repository: repo, push: p } = parsed.data;
  const kept = validate(
    z.object({ changes: z.array(change) }),
    { changes: p.changes.slice(0, LIMITS.changes) },
    'repo:push',
  );
  if (!kept.ok) return malformed(kept.message.replace('changes.', 'push.changes.'));
  const changes = kept.data.changes
    .map(toChange)
    .filter((c): c is BitbucketRefChange => c !== undefined);
  return {
    kind: 'event',
    event: { type: 'push', repo, actor, changes, totalChanges: p.changes.length },
  };
}

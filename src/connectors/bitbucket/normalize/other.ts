import { z } from 'zod';
import { loose } from '../../kit/schema.js';
import { shortSha } from '../../../core/text.js';
import type { BitbucketOtherEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import {
  account,
  firstKeys,
  hash,
  htmlLink,
  plainObject,
  rendered,
  repositoryObject,
  toRepo,
} from '../schema.js';
import type { NormalizeResult } from './result.js';

/**
 * Event keys without a dedicated card are never refused for their shape: Bitbucket adds
 * events over time, and "something happened in repository Y" is still worth a card. Each
 * field is read on its own and dropped when it is not what the common events send.
 */
const other = z.object({
  actor: account,
  repository: loose(repositoryObject),
  // `repo:fork`
  fork: loose(repositoryObject),
  // `repo:commit_comment_created`
  commit: loose(z.object({ hash, links: htmlLink })),
  comment: loose(z.object({ content: rendered, links: htmlLink })),
  // `repo:updated`
  changes: loose(plainObject),
});

function subjectOf(p: z.output<typeof other>): BitbucketOtherEvent['subject'] {
  if (p.fork) return { label: p.fork.full_name, url: p.fork.links.html.href };
  if (p.commit) return { label: `commit ${shortSha(p.commit.hash)}`, url: p.commit.links };
  return undefined;
}

export function normalizeOther(payload: unknown, eventKey: string): NormalizeResult {
  const parsed = other.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  return {
    kind: 'event',
    event: {
      type: 'other',
      event: eventKey,
      repo: p.repository ? toRepo(p.repository) : undefined,
      actor: p.actor,
      subject: parsed.success ? subjectOf(parsed.data) : undefined,
      text: p.comment?.content,
      changed: firstKeys(p.changes, LIMITS.changedKeys),
    },
  };
}

import { z } from 'zod';
import { line, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import {
  login,
  optionalCount,
  optionalSender,
  repository,
  repositoryObject,
  toRepoRef,
} from '../schema.js';
import { branchUrl, tagUrl } from '../urls.js';
import type { NormalizeResult } from '../normalize-result.js';

const refChange = z.object({
  // A short name here (`main`, `v1.0`), unlike push's `refs/heads/main`.
  ref: line(LIMITS.name * 2),
  ref_type: line(LIMITS.token),
  sender: optionalSender,
  repository,
});

/**
 * `create` and `delete` of a branch or tag. A push to the new branch or tag arrives as well,
 * as its own event; a connector subscribed to both shows both.
 */
export function normalizeRefChange(
  payload: unknown,
  eventName: 'create' | 'delete',
): NormalizeResult {
  const parsed = validate(refChange, payload, eventName);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { ref, ref_type: refType, sender, repository: repo } = parsed.data;
  const change = eventName === 'create' ? 'created' : 'deleted';
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'ref',
      repo,
      change,
      refType,
      ref,
      sender: sender?.login,
      // A deleted ref has no page left.
      url: change === 'deleted' ? undefined : refUrl(repo.url, refType, ref),
    },
  };
}

function refUrl(repoUrl: string, refType: string, ref: string): string | undefined {
  if (refType === 'branch') return branchUrl(repoUrl, ref);
  if (refType === 'tag') return tagUrl(repoUrl, ref);
  return undefined;
}

const fork = z.object({
  forkee: repositoryObject.extend({ owner: login.nullish().catch(undefined) }),
  sender: optionalSender,
  repository: repositoryObject.extend({ forks_count: optionalCount }),
});

export function normalizeFork(payload: unknown): NormalizeResult {
  const parsed = validate(fork, payload, 'fork');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { forkee, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'fork',
      repo: toRepoRef(repo),
      fork: toRepoRef(forkee),
      forker: forkee.owner?.login ?? sender?.login ?? forkee.full_name.split('/')[0] ?? '',
      forks: repo.forks_count,
    },
  };
}

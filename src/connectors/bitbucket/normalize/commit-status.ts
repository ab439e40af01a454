import { z } from 'zod';
import { httpUrl, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { account, hash, optionalText, repository } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

/** A build reports INPROGRESS first and its result later: one card per result is enough. */
const UNFINISHED = 'INPROGRESS';

const commitStatus = z.object({
  actor: account,
  repository,
  commit_status: z.object({
    name: loose(line(LIMITS.title)),
    key: loose(line(LIMITS.name)),
    state: line(LIMITS.token).transform((s) => s.toUpperCase()),
    description: optionalText(LIMITS.body),
    url: loose(httpUrl),
    refname: loose(line(LIMITS.name * 2).nullish()),
    commit: loose(z.object({ hash })),
  }),
});

/** `repo:commit_status_created` / `_updated`: a CI build reported on a commit. */
export function normalizeCommitStatus(payload: unknown, eventKey: string): NormalizeResult {
  const parsed = validate(commitStatus, payload, eventKey);
  if (!parsed.ok) return malformed(parsed.message);
  const { commit_status: s, ...p } = parsed.data;
  if (s.state === UNFINISHED) {
    return { kind: 'ignored', reason: 'build in progress: posted once it has a result' };
  }
  return {
    kind: 'event',
    event: {
      type: 'commit_status',
      repo: p.repository,
      actor: p.actor,
      name: s.name || s.key || 'Build',
      state: s.state,
      description: s.description,
      url: s.url,
      refname: s.refname || undefined,
      commit: s.commit?.hash,
    },
  };
}

import { z } from 'zod';
import { httpUrl, line, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { author, optionalCount, optionalPath, repository, sha } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

const commitComment = z.object({
  action: line(LIMITS.token),
  comment: z.object({
    commit_id: sha,
    // Both null for a comment on the commit as a whole.
    path: optionalPath,
    line: optionalCount,
    html_url: httpUrl,
    user: author,
    body: prose(LIMITS.body),
  }),
  repository,
});

export function normalizeCommitComment(payload: unknown): NormalizeResult {
  const parsed = validate(commitComment, payload, 'commit_comment');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, comment: c, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'commit_comment',
      repo,
      action,
      sha: c.commit_id,
      path: c.path,
      line: c.line,
      commenter: c.user,
      url: c.html_url,
      body: c.body,
    },
  };
}

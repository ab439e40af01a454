import { z } from 'zod';
import { cappedString, count, httpUrl, integer, line, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { labelNames, login, optionalSender, repository, sha } from '../schema.js';
import { type NormalizeResult } from '../normalize-result.js';

const branch = z.object({ ref: line(LIMITS.name * 2) });

const pullRequest = z.object({
  action: line(LIMITS.token),
  pull_request: z.object({
    number: integer(),
    title: line(LIMITS.title),
    html_url: httpUrl,
    user: login,
    body: prose(LIMITS.prBody),
    head: branch,
    base: branch,
    draft: z.boolean().nullish(),
    // `merged` is what tells "closed by merging" from "closed unmerged": both arrive as `closed`.
    merged: z.boolean().nullish(),
    merged_by: login.nullish(),
    merged_at: cappedString(LIMITS.token).nullish(),
    merge_commit_sha: sha.nullish(),
    commits: count,
    changed_files: count,
    additions: count,
    deletions: count,
    labels: labelNames,
  }),
  sender: optionalSender,
  repository,
});

export function normalizePullRequest(payload: unknown): NormalizeResult {
  const parsed = validate(pullRequest, payload, 'pull_request');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, pull_request: pr, sender, repository: repo } = parsed.data;
  // Some payloads (older GHES, trimmed forwards) lack `merged`; `merged_at` says the same.
  const merged = pr.merged ?? pr.merged_at != null;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'pull_request',
      repo,
      action,
      number: pr.number,
      title: pr.title,
      url: pr.html_url,
      author: pr.user.login,
      sender: sender?.login,
      headRef: pr.head.ref,
      baseRef: pr.base.ref,
      draft: pr.draft === true,
      merged,
      // An unmerged PR can still carry a test-merge sha; only a real merge's sha is news.
      mergedBy: merged ? pr.merged_by?.login : undefined,
      mergedAt: merged ? (pr.merged_at ?? undefined) : undefined,
      mergeCommitSha: merged ? (pr.merge_commit_sha ?? undefined) : undefined,
      commits: pr.commits,
      changedFiles: pr.changed_files,
      additions: pr.additions,
      deletions: pr.deletions,
      labels: pr.labels,
      body: pr.body,
    },
  };
}

import { z } from 'zod';
import { cappedString, loose } from '../../kit/schema.js';
import type { AdoBase, AdoPullRequestAction, AdoPullRequestEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import {
  identity,
  listHead,
  name,
  optionalInteger,
  text,
  webLinks,
  webPage,
  word,
} from '../schema.js';
import { pullRequestUrl } from '../urls.js';
import { repository } from './repository.js';

const branch = loose(
  cappedString(LIMITS.name * 2).transform((ref) => ref.replace(/^refs\/heads\//, '')),
);

const pullRequest = z.object({
  pullRequestId: optionalInteger,
  title: text(LIMITS.title),
  description: text(LIMITS.body),
  status: word,
  mergeStatus: word,
  isDraft: loose(z.boolean()),
  createdBy: identity,
  closedBy: identity,
  closedDate: word,
  sourceRefName: branch,
  targetRefName: branch,
  reviewers: listHead(z.object({ displayName: name }), LIMITS.reviewers),
  lastMergeCommit: loose(z.object({ commitId: word })),
  completionOptions: loose(z.object({ mergeStrategy: word })),
  repository,
  _links: webLinks,
});

/** `ms.vss-code.git-pullrequest-comment-event` wraps the pull request next to the comment. */
const commentEvent = z.object({
  comment: z.object({ content: text(LIMITS.body), author: identity }),
  pullRequest,
});

type PullRequest = z.output<typeof pullRequest>;

/**
 * `git.pullrequest.created|updated|merged` and the comment event. Nothing to show without the
 * pull request's number or title (a minimal resource): the message card stands in then.
 */
export function normalizePullRequest(
  resource: unknown,
  base: AdoBase,
  action: AdoPullRequestAction,
): AdoPullRequestEvent | undefined {
  let pr: PullRequest;
  let comment: string | undefined;
  let commenter: string | undefined;
  if (action === 'commented') {
    const parsed = commentEvent.safeParse(resource);
    if (!parsed.success) return undefined;
    pr = parsed.data.pullRequest;
    comment = parsed.data.comment.content;
    commenter = parsed.data.comment.author;
  } else {
    const parsed = pullRequest.safeParse(resource);
    if (!parsed.success) return undefined;
    pr = parsed.data;
  }
  if (pr.pullRequestId === undefined && pr.title === undefined) return undefined;
  const repoUrl = pr.repository.url;
  const url =
    webPage(pr._links) ??
    (repoUrl && pr.pullRequestId !== undefined
      ? pullRequestUrl(repoUrl, pr.pullRequestId)
      : undefined) ??
    base.message.url;
  return {
    ...base,
    kind: 'pull_request',
    action,
    id: pr.pullRequestId,
    title: pr.title,
    url,
    repo: pr.repository,
    author: pr.createdBy,
    commenter,
    sourceBranch: pr.sourceRefName,
    targetBranch: pr.targetRefName,
    reviewers: pr.reviewers.items.flatMap((r) => (r.displayName ? [r.displayName] : [])),
    reviewersTotal: pr.reviewers.total,
    description: pr.description,
    status: pr.status,
    mergeStatus: pr.mergeStatus,
    draft: pr.isDraft ?? false,
    closedBy: pr.closedBy,
    closedAt: pr.closedDate,
    mergeCommit: pr.lastMergeCommit?.commitId,
    mergeStrategy: pr.completionOptions?.mergeStrategy,
    comment,
  };
}

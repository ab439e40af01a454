import { z } from 'zod';
import { arrayHead, httpUrl, line, loose, prose, validate } from '../../kit/schema.js';
import type { GitHubPullRequestRef } from '../events.js';
import { LIMITS } from '../limits.js';
import {
  author,
  optionalCount,
  optionalPath,
  optionalSender,
  pullRequestRef,
  repository,
} from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

function toPr(pr: z.output<typeof pullRequestRef>): GitHubPullRequestRef {
  return { number: pr.number, title: pr.title, url: pr.html_url };
}

const review = z.object({
  action: line(LIMITS.token),
  review: z.object({
    // Webhooks send `approved`; the REST and GraphQL APIs say `APPROVED`. Forwarders mix them.
    state: line(LIMITS.token).transform((s) => s.toLowerCase()),
    user: author,
    html_url: httpUrl,
    body: prose(LIMITS.body),
  }),
  pull_request: pullRequestRef,
  sender: optionalSender,
  repository,
});

export function normalizeReview(payload: unknown): NormalizeResult {
  const parsed = validate(review, payload, 'pull_request_review');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, review: r, pull_request: pr, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'pull_request_review',
      repo,
      action,
      state: r.state,
      pr: toPr(pr),
      reviewer: r.user,
      sender: sender?.login,
      url: r.html_url,
      body: r.body,
    },
  };
}

/** Where in the diff a comment sits. `line` is null once the diff moved on (outdated). */
const position = {
  path: optionalPath,
  line: optionalCount,
  original_line: optionalCount,
};

const reviewComment = z.object({
  action: line(LIMITS.token),
  comment: z.object({ html_url: httpUrl, user: author, body: prose(LIMITS.body), ...position }),
  pull_request: pullRequestRef,
  repository,
});

export function normalizeReviewComment(payload: unknown): NormalizeResult {
  const parsed = validate(reviewComment, payload, 'pull_request_review_comment');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, comment: c, pull_request: pr, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'pull_request_review_comment',
      repo,
      action,
      pr: toPr(pr),
      commenter: c.user,
      path: c.path,
      line: c.line ?? c.original_line,
      url: c.html_url,
      body: c.body,
    },
  };
}

const reviewThread = z.object({
  action: line(LIMITS.token),
  // Only the first comment is read: it anchors the thread and carries its file and line.
  thread: z.object({
    comments: loose(arrayHead(z.object({ html_url: httpUrl, ...position }), 1)),
  }),
  pull_request: pullRequestRef,
  sender: optionalSender,
  repository,
});

export function normalizeReviewThread(payload: unknown): NormalizeResult {
  const parsed = validate(reviewThread, payload, 'pull_request_review_thread');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, thread, pull_request: pr, sender, repository: repo } = parsed.data;
  const first = thread.comments?.[0];
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'pull_request_review_thread',
      repo,
      action,
      pr: toPr(pr),
      path: first?.path,
      line: first ? (first.line ?? first.original_line) : undefined,
      url: first?.html_url ?? pr.html_url,
      sender: sender?.login,
    },
  };
}

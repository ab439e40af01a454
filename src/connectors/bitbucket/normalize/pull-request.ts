import { z } from 'zod';
import { arrayHead, httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { account, hash, htmlLink, optionalText, rendered, repository, word } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const branch = loose(
  z.object({ branch: z.object({ name: line(LIMITS.name * 2) }) }).transform((e) => e.branch.name),
);

const pullRequest = z.object({
  actor: account,
  repository,
  pullrequest: z.object({
    id: integer(),
    title: line(LIMITS.title),
    links: z.object({ html: z.object({ href: httpUrl }) }),
    author: account,
    state: word,
    source: branch,
    destination: branch,
    reviewers: loose(arrayHead(z.object({ display_name: line(LIMITS.name) }), LIMITS.names)),
    draft: loose(z.boolean()),
    description: optionalText(LIMITS.body),
    reason: optionalText(LIMITS.body),
    closed_by: account,
    merge_commit: loose(z.object({ hash }).nullish()),
  }),
  // `pullrequest:approved` / `unapproved`; `changes_request_created` / `_removed`.
  approval: loose(z.object({ user: account })),
  changes_request: loose(z.object({ user: account })),
  comment: loose(
    z.object({
      content: rendered,
      links: htmlLink,
      inline: loose(
        z.object({
          path: line(LIMITS.name * 3),
          to: loose(integer().nullish()),
          from: loose(integer().nullish()),
        }),
      ),
    }),
  ),
});

/** `pullrequest:*`: created, updated, approved, merged (`fulfilled`), declined (`rejected`), comments. */
export function normalizePullRequest(payload: unknown, action: string): NormalizeResult {
  const parsed = validate(pullRequest, payload, `pullrequest:${action}`);
  if (!parsed.ok) return malformed(parsed.message);
  const { pullrequest: pr, ...p } = parsed.data;
  const merged = action === 'fulfilled';
  const closed = merged || action === 'rejected';
  const comment = p.comment;
  return {
    kind: 'event',
    event: {
      type: 'pullrequest',
      repo: p.repository,
      action,
      actor: p.actor,
      id: pr.id,
      title: pr.title,
      url: pr.links.html.href,
      author: pr.author,
      state: pr.state,
      sourceBranch: pr.source,
      destinationBranch: pr.destination,
      reviewers: (pr.reviewers ?? []).map((r) => r.display_name).filter((n) => n !== ''),
      draft: pr.draft === true,
      description: pr.description,
      reason: closed ? pr.reason : undefined,
      closedBy: closed ? pr.closed_by : undefined,
      mergeCommit: merged ? (pr.merge_commit?.hash ?? undefined) : undefined,
      reviewer: p.approval?.user ?? p.changes_request?.user,
      comment: comment
        ? {
            text: comment.content,
            url: comment.links,
            path: comment.inline?.path || undefined,
            line: comment.inline?.to ?? comment.inline?.from ?? undefined,
          }
        : undefined,
    },
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { account, htmlLink, rendered, repository, word } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const issue = z.object({
  actor: account,
  repository,
  issue: z.object({
    id: integer(),
    title: line(LIMITS.title),
    links: z.object({ html: z.object({ href: httpUrl }) }),
    state: word,
    kind: word,
    priority: word,
    assignee: account,
    reporter: account,
    content: rendered,
  }),
  changes: loose(
    z.object({ status: loose(z.object({ old: word, new: word })) }).transform((c) => c.status),
  ),
  comment: loose(z.object({ content: rendered, links: htmlLink })),
});

/** `issue:*`: an issue created or updated, or a comment on one. */
export function normalizeIssue(payload: unknown, action: string): NormalizeResult {
  const parsed = validate(issue, payload, `issue:${action}`);
  if (!parsed.ok) return malformed(parsed.message);
  const { issue: i, ...p } = parsed.data;
  const status = p.changes;
  return {
    kind: 'event',
    event: {
      type: 'issue',
      repo: p.repository,
      action,
      actor: p.actor,
      id: i.id,
      title: i.title,
      url: i.links.html.href,
      state: i.state,
      kind: i.kind,
      priority: i.priority,
      assignee: i.assignee,
      reporter: i.reporter,
      content: i.content,
      statusChange:
        status && (status.old || status.new) ? { from: status.old, to: status.new } : undefined,
      comment: p.comment ? { text: p.comment.content, url: p.comment.links } : undefined,
    },
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, prose, validate } from '../../kit/schema.js';
import type { GitHubDiscussionRef } from '../events.js';
import { LIMITS } from '../limits.js';
import { author, optionalSender, repository } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

const discussion = z.object({
  number: integer(),
  title: line(LIMITS.title),
  html_url: httpUrl,
  user: author,
  category: loose(z.object({ name: line(LIMITS.name) }).nullish()),
  // Set once a comment is marked as the answer (Q&A categories only).
  answer_html_url: loose(httpUrl.nullish()),
  body: prose(LIMITS.body),
});

function toRef(d: z.output<typeof discussion>): GitHubDiscussionRef {
  return { number: d.number, title: d.title, url: d.html_url, category: d.category?.name };
}

const discussionEvent = z.object({
  action: line(LIMITS.token),
  discussion,
  // `answered` carries the chosen comment.
  answer: loose(z.object({ html_url: httpUrl, user: author }).nullish()),
  label: loose(z.object({ name: line(LIMITS.name) }).nullish()),
  sender: optionalSender,
  repository,
});

export function normalizeDiscussion(payload: unknown): NormalizeResult {
  const parsed = validate(discussionEvent, payload, 'discussion');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, discussion: d, answer, label, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'discussion',
      repo,
      action,
      discussion: toRef(d),
      author: d.user,
      sender: sender?.login,
      answered: d.answer_html_url != null || answer != null,
      answer: answer ? { url: answer.html_url, author: answer.user } : undefined,
      label: label?.name,
      body: d.body,
    },
  };
}

const discussionComment = z.object({
  action: line(LIMITS.token),
  comment: z.object({ html_url: httpUrl, user: author, body: prose(LIMITS.body) }),
  discussion,
  repository,
});

export function normalizeDiscussionComment(payload: unknown): NormalizeResult {
  const parsed = validate(discussionComment, payload, 'discussion_comment');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, comment: c, discussion: d, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'discussion_comment',
      repo,
      action,
      discussion: toRef(d),
      commenter: c.user,
      isAnswer: d.answer_html_url != null && d.answer_html_url === c.html_url,
      url: c.html_url,
      body: c.body,
    },
  };
}

import { z } from 'zod';
import { cappedString, httpUrl, integer, line, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { labelNames, login, loginList, optionalSender, repository } from '../schema.js';
import { type NormalizeResult } from '../normalize-result.js';

const issue = z.object({
  number: integer(),
  title: line(LIMITS.title),
  html_url: httpUrl,
  user: login,
});

const issues = z.object({
  action: line(LIMITS.token),
  issue: issue.extend({
    body: prose(LIMITS.body),
    labels: labelNames,
    assignees: loginList,
    state_reason: cappedString(LIMITS.token).nullish(),
  }),
  sender: optionalSender,
  repository,
});

export function normalizeIssues(payload: unknown): NormalizeResult {
  const parsed = validate(issues, payload, 'issues');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, issue: i, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'issues',
      repo,
      action,
      number: i.number,
      title: i.title,
      url: i.html_url,
      author: i.user.login,
      sender: sender?.login,
      labels: i.labels,
      assignees: i.assignees,
      stateReason: i.state_reason ?? undefined,
      body: i.body,
    },
  };
}

const issueComment = z.object({
  action: line(LIMITS.token),
  // GitHub marks a pull request's conversation by adding `pull_request` to the issue. Only its
  // presence matters; a stripping object schema reads none of its keys, however many there are.
  issue: issue.extend({ pull_request: z.object({}).nullish() }),
  comment: z.object({ html_url: httpUrl, user: login, body: prose(LIMITS.body) }),
  repository,
});

export function normalizeIssueComment(payload: unknown): NormalizeResult {
  const parsed = validate(issueComment, payload, 'issue_comment');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, issue: i, comment, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'issue_comment',
      repo,
      action,
      target: {
        kind: i.pull_request ? 'pull_request' : 'issue',
        number: i.number,
        title: i.title,
        url: i.html_url,
      },
      commenter: comment.user.login,
      url: comment.html_url,
      body: comment.body,
    },
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { optionalCount, optionalSender, repository } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

const milestone = z.object({
  action: line(LIMITS.token),
  milestone: z.object({
    number: integer(),
    title: line(LIMITS.title),
    html_url: httpUrl,
    due_on: loose(prose(LIMITS.token)),
    open_issues: optionalCount,
    closed_issues: optionalCount,
    description: loose(prose(LIMITS.body)),
  }),
  sender: optionalSender,
  repository,
});

export function normalizeMilestone(payload: unknown): NormalizeResult {
  const parsed = validate(milestone, payload, 'milestone');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, milestone: m, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'milestone',
      repo,
      action,
      number: m.number,
      title: m.title,
      url: m.html_url,
      dueOn: m.due_on,
      openIssues: m.open_issues,
      closedIssues: m.closed_issues,
      description: m.description,
      sender: sender?.login,
    },
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { actor, labelTitles, nameList, optionalText, optionalWord, project } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const issue = z.object({
  user: actor,
  project,
  object_attributes: z.object({
    iid: integer(),
    title: line(LIMITS.title),
    url: httpUrl,
    action: optionalWord,
    state: optionalWord,
    // `Issue`, `Task`, `Epic`, `Incident`, … (17.2+); older payloads are all issues.
    type: optionalWord,
    confidential: loose(z.boolean().nullish()),
    severity: optionalWord,
    due_date: optionalWord,
    description: optionalText(LIMITS.body),
    labels: labelTitles,
  }),
  assignees: nameList,
  // Payloads before `assignees[]` name only the first assignee.
  assignee: loose(z.object({ name: line(LIMITS.name) }).nullish()),
  labels: labelTitles,
});

/** `Issue Hook` (and `Confidential Issue Hook`): an issue or other work item changed. */
export function normalizeIssue(payload: unknown, objectKind: string): NormalizeResult {
  const parsed = validate(issue, payload, objectKind);
  if (!parsed.ok) return malformed(parsed.message);
  const { object_attributes: item, ...p } = parsed.data;
  const assignees =
    p.assignees.length > 0 ? p.assignees : p.assignee?.name ? [p.assignee.name] : [];
  return {
    kind: 'event',
    event: {
      type: 'issue',
      project: p.project,
      kind: item.type ?? (objectKind === 'work_item' ? 'Work item' : 'Issue'),
      iid: item.iid,
      title: item.title,
      url: item.url,
      action: item.action,
      state: item.state,
      actor: p.user,
      assignees,
      labels: p.labels.length > 0 ? p.labels : item.labels,
      confidential: item.confidential === true,
      // GitLab writes "unknown" for issues without one.
      severity: item.severity === 'unknown' ? undefined : item.severity,
      dueDate: item.due_date,
      description: item.description,
    },
  };
}

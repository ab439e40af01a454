import { z } from 'zod';
import { validate } from '../kit/schema.js';
import type { SentryIssue, SentryIssueEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Normalized } from './normalized.js';
import { actor, assignee, issueSchema, text, type SentryIssuePayload } from './schema.js';
import { issuePageFromApiUrl } from './urls.js';

const issueBody = z.object({
  data: z.object({
    issue: issueSchema,
    /** `resolved`: `now`, `in_next_release`, `in_release`, `in_commit`, … */
    resolution_type: text(LIMITS.token),
    /** `assigned`: the user or team the issue now belongs to. */
    assignee,
  }),
  actor,
});

/** `issue` webhooks: created, resolved, assigned, archived (ignored), unresolved. */
export function normalizeIssue(payload: unknown, action: string): Normalized<SentryIssueEvent> {
  const parsed = validate(issueBody, payload, `issue.${action}`);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { data } = parsed.data;
  const issue = toIssue(data.issue);
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'issue',
      action,
      issue: data.assignee ? { ...issue, assignee: data.assignee } : issue,
      actor: parsed.data.actor,
      resolution: data.resolution_type,
    },
  };
}

function toIssue(i: SentryIssuePayload): SentryIssue {
  return {
    id: i.id,
    shortId: i.shortId,
    title: i.title ?? i.metadata?.title ?? i.shortId ?? 'Untitled issue',
    culprit: i.culprit,
    level: i.level,
    status: i.status,
    substatus: i.substatus,
    project: i.project?.slug ?? i.project?.name,
    platform: i.platform,
    count: i.count,
    userCount: i.userCount,
    firstSeen: i.firstSeen,
    assignee: i.assignedTo,
    // Older payloads carry no web URL, and nothing to build one from but the API URL: no org.
    url: i.web_url ?? i.permalink ?? (i.url ? issuePageFromApiUrl(i.url) : undefined),
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import {
  actor,
  labelTitles,
  nameList,
  optionalText,
  optionalWord,
  plainObject,
  project,
  sha,
} from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

/** Bookkeeping fields an `update` always changes; naming them says nothing. */
const NOISE = new Set(['updated_at', 'updated_by_id', 'last_edited_at', 'last_edited_by_id']);

const mergeRequest = z.object({
  user: actor,
  project,
  object_attributes: z.object({
    iid: integer(),
    title: line(LIMITS.title),
    url: httpUrl,
    action: optionalWord,
    state: optionalWord,
    source_branch: line(LIMITS.name * 2),
    target_branch: line(LIMITS.name * 2),
    description: optionalText(LIMITS.body),
    draft: loose(z.boolean().nullish()),
    work_in_progress: loose(z.boolean().nullish()),
    merge_commit_sha: loose(sha.nullish()),
  }),
  assignees: nameList,
  // Payloads before `assignees[]` name only the first assignee.
  assignee: loose(z.object({ name: line(LIMITS.name) }).nullish()),
  reviewers: nameList,
  labels: labelTitles,
  // Only the keys are read, and only the first few of them.
  changes: loose(plainObject.nullish()),
});

function changedFields(changes: Record<string, unknown> | null | undefined): string[] {
  if (!changes) return [];
  const out: string[] = [];
  let seen = 0;
  for (const key in changes) {
    if (++seen > LIMITS.changes) break;
    if (Object.hasOwn(changes, key) && !NOISE.has(key)) out.push(key.slice(0, LIMITS.token));
  }
  return out;
}

/** `Merge Request Hook`: opened, updated, approved, merged, closed, … */
export function normalizeMergeRequest(payload: unknown): NormalizeResult {
  const parsed = validate(mergeRequest, payload, 'merge_request');
  if (!parsed.ok) return malformed(parsed.message);
  const { object_attributes: mr, ...p } = parsed.data;
  const merged = mr.action === 'merge' || mr.state === 'merged';
  const assignees =
    p.assignees.length > 0 ? p.assignees : p.assignee?.name ? [p.assignee.name] : [];
  return {
    kind: 'event',
    event: {
      type: 'merge_request',
      project: p.project,
      iid: mr.iid,
      title: mr.title,
      url: mr.url,
      action: mr.action,
      state: mr.state,
      actor: p.user,
      sourceBranch: mr.source_branch,
      targetBranch: mr.target_branch,
      assignees,
      reviewers: p.reviewers,
      labels: p.labels,
      draft: mr.draft === true || mr.work_in_progress === true,
      description: mr.description,
      // An unmerged request's sha fields are null; only a real merge's sha is news.
      mergeCommitSha: merged ? (mr.merge_commit_sha ?? undefined) : undefined,
      changed: mr.action === 'update' ? changedFields(p.changes) : [],
    },
  };
}

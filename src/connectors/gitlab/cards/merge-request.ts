import type { Accent, CardModel } from '../../../core/card-model.js';
import type { GitLabMergeRequestEvent } from '../events.js';
import { SHA_DIGITS, SOURCE, capitalize, facts, projectTag, snakeToWords } from './common.js';

/** `object_attributes.action` as a past-tense verb; a Map, so "constructor" finds nothing. */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['open', 'opened'],
  ['reopen', 'reopened'],
  ['close', 'closed'],
  ['merge', 'merged'],
  ['update', 'updated'],
  // `approved`: every required approval is in; `approval`: one person approved.
  ['approved', 'approved'],
  ['approval', 'approved'],
  ['unapproved', 'no longer approved'],
  ['unapproval', 'approval removed'],
]);

/** Payloads without an action (older GitLab) still say where the request stands. */
const STATE_VERBS: ReadonlyMap<string, string> = new Map([
  ['opened', 'opened'],
  ['merged', 'merged'],
  ['closed', 'closed'],
]);

/** Where a new or revived merge request's description is worth a teaser. */
const SHOW_DESCRIPTION = new Set(['open', 'reopen']);

function verbOf(e: GitLabMergeRequestEvent): string {
  if (e.action) return VERBS.get(e.action) ?? snakeToWords(e.action);
  return (e.state && STATE_VERBS.get(e.state)) || 'updated';
}

function accentOf(verb: string): Accent {
  if (verb === 'merged') return 'good';
  if (verb === 'closed') return 'attention';
  if (verb === 'opened' || verb === 'reopened') return 'accent';
  if (verb === 'approved') return 'good';
  return 'default';
}

export function mergeRequestCard(e: GitLabMergeRequestEvent): CardModel {
  const verb = verbOf(e);
  const noun = e.draft && verb === 'opened' ? 'Draft merge request' : 'Merge request';
  const title = `${projectTag(e.project)} ${noun} !${e.iid} ${verb}: ${e.title}`;
  const subtitle = e.actor ? `${capitalize(verb)} by ${e.actor}` : undefined;
  const merged = verb === 'merged';
  return {
    source: SOURCE,
    summary: e.actor ? `${title} (${verb} by ${e.actor})` : title,
    title,
    titleUrl: e.url,
    subtitle,
    accent: accentOf(verb),
    text: e.action && SHOW_DESCRIPTION.has(e.action) ? e.description : undefined,
    facts: facts(
      ['Branches', `${e.sourceBranch} → ${e.targetBranch}`],
      ['Assignees', e.assignees.join(', ')],
      ['Reviewers', e.reviewers.join(', ')],
      ['Labels', e.labels.join(', ')],
      ['Draft', e.draft ? 'yes' : undefined],
      ['Changed', e.changed.map(snakeToWords).join(', ')],
      ['Merged by', merged ? e.actor : undefined],
      ['Merge commit', merged ? e.mergeCommitSha?.slice(0, SHA_DIGITS) : undefined],
    ),
    links: [{ title: 'View merge request', url: e.url }],
  };
}

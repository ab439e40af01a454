import type { Accent, CardModel } from '../../../core/card-model.js';
import type { GitLabIssueEvent, GitLabNoteEvent } from '../events.js';
import { SOURCE, capitalize, facts, projectTag, snakeToWords } from './common.js';

const VERBS: ReadonlyMap<string, string> = new Map([
  ['open', 'opened'],
  ['reopen', 'reopened'],
  ['close', 'closed'],
  ['update', 'updated'],
]);

const STATE_VERBS: ReadonlyMap<string, string> = new Map([
  ['opened', 'opened'],
  ['closed', 'closed'],
]);

/** Incidents of these severities are alarms, not just news. */
const URGENT = new Set(['critical', 'high']);

function verbOf(e: GitLabIssueEvent): string {
  if (e.action) return VERBS.get(e.action) ?? snakeToWords(e.action);
  return (e.state && STATE_VERBS.get(e.state)) || 'updated';
}

function accentOf(e: GitLabIssueEvent, verb: string): Accent {
  if (verb === 'closed') return 'good';
  if (verb !== 'opened' && verb !== 'reopened') return 'default';
  return e.severity && URGENT.has(e.severity.toLowerCase()) ? 'attention' : 'accent';
}

export function issueCard(e: GitLabIssueEvent): CardModel {
  const verb = verbOf(e);
  const noun = e.confidential ? `Confidential ${e.kind.toLowerCase()}` : capitalize(e.kind);
  const title = `${projectTag(e.project)} ${noun} #${e.iid} ${verb}: ${e.title}`;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} (${verb} by ${e.actor})` : title,
    title,
    titleUrl: e.url,
    subtitle: e.actor ? `${capitalize(verb)} by ${e.actor}` : undefined,
    accent: accentOf(e, verb),
    text: verb === 'opened' || verb === 'reopened' ? e.description : undefined,
    facts: facts(
      ['Assignees', e.assignees.join(', ')],
      ['Labels', e.labels.join(', ')],
      ['Severity', e.severity ? snakeToWords(e.severity) : undefined],
      ['Due', e.dueDate],
    ),
    links: [{ title: `View ${e.kind.toLowerCase()}`, url: e.url }],
  };
}

export function noteCard(e: GitLabNoteEvent): CardModel {
  const what = e.action === 'update' ? 'Comment edited' : 'New comment';
  const on = e.target.label ? `${e.target.noun} ${e.target.label}` : e.target.noun;
  const title = `${projectTag(e.project)} ${what} on ${on}`;
  return {
    source: SOURCE,
    summary: e.commenter ? `${title} by ${e.commenter}` : title,
    title,
    titleUrl: e.url,
    subtitle: e.commenter ? `Comment by ${e.commenter}` : undefined,
    accent: 'default',
    text: e.note,
    facts: [],
    links: [
      { title: 'View comment', url: e.url },
      ...(e.target.url ? [{ title: `View ${e.target.noun}`, url: e.target.url }] : []),
    ],
  };
}

import type { Accent, CardModel } from '../../../core/card-model.js';
import type { GitHubIssueCommentEvent, GitHubIssueEvent } from '../events.js';
import { SOURCE, capitalize, facts, repoTag, snakeToWords } from './common.js';

export function issueCard(e: GitHubIssueEvent): CardModel {
  const verb = snakeToWords(e.action);
  const title = `${repoTag(e.repo)} Issue #${e.number} ${verb}: ${e.title}`;
  const actor = e.action === 'opened' ? e.author : (e.sender ?? e.author);
  const subtitle = `${capitalize(verb)} by ${actor}`;
  return {
    source: SOURCE,
    summary: `${title} (${verb} by ${actor})`,
    title,
    titleUrl: e.url,
    subtitle,
    accent: issueAccent(e),
    text: e.action === 'opened' ? e.body : undefined,
    facts: facts(
      ['Author', e.author],
      ['Labels', e.labels.join(', ')],
      ['Assignees', e.assignees.join(', ')],
      ['Reason', e.action === 'closed' && e.stateReason ? snakeToWords(e.stateReason) : undefined],
    ),
    links: [{ title: 'View issue', url: e.url }],
  };
}

function issueAccent(e: GitHubIssueEvent): Accent {
  if (e.action === 'opened' || e.action === 'reopened') return 'accent';
  // GitHub shows "completed" as done and "not planned" as set aside.
  if (e.action === 'closed') return e.stateReason === 'not_planned' ? 'default' : 'good';
  return 'default';
}

export function issueCommentCard(e: GitHubIssueCommentEvent): CardModel {
  const target = `${e.target.kind === 'pull_request' ? 'pull request' : 'issue'} #${e.target.number}`;
  const what = e.action === 'created' ? 'New comment' : `Comment ${snakeToWords(e.action)}`;
  const title = `${repoTag(e.repo)} ${what} on ${target}: ${e.target.title}`;
  const deleted = e.action === 'deleted';
  return {
    source: SOURCE,
    summary: `${title} by ${e.commenter}`,
    title,
    // A deleted comment's anchor no longer exists; the thread does.
    titleUrl: deleted ? e.target.url : e.url,
    subtitle: `Comment by ${e.commenter}`,
    accent: 'default',
    text: deleted ? undefined : e.body,
    facts: [],
    links: [
      ...(deleted ? [] : [{ title: 'View comment', url: e.url }]),
      {
        title: e.target.kind === 'pull_request' ? 'View pull request' : 'View issue',
        url: e.target.url,
      },
    ],
  };
}

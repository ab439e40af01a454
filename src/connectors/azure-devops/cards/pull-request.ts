import type { Accent, CardModel } from '../../../core/card-model.js';
import type { AdoPullRequestEvent } from '../events.js';
import {
  SOURCE,
  capitalize,
  facts,
  formatTime,
  nameList,
  prefix,
  repoTag,
  shortCommit,
  words,
} from './common.js';

/**
 * `git.pullrequest.merged` fires when the merge commit is created, which is not always the
 * completion: the status and merge status say what really happened.
 */
function verbOf(e: AdoPullRequestEvent): string {
  switch (e.action) {
    case 'created':
      return 'created';
    case 'commented':
      return 'commented on';
    case 'updated':
      return e.status === 'completed'
        ? 'completed'
        : e.status === 'abandoned'
          ? 'abandoned'
          : 'updated';
    case 'merged':
      if (e.mergeStatus !== undefined && e.mergeStatus !== 'succeeded') {
        return e.mergeStatus === 'conflicts'
          ? 'has merge conflicts'
          : `merge ${words(e.mergeStatus)}`;
      }
      return e.status === 'completed' ? 'merged' : 'merge commit created';
  }
}

function accentOf(e: AdoPullRequestEvent): Accent {
  if (e.mergeStatus !== undefined && !['succeeded', 'queued', 'notSet'].includes(e.mergeStatus)) {
    return 'attention';
  }
  if (e.action === 'created') return e.draft ? 'default' : 'accent';
  if (e.action === 'merged' || e.status === 'completed') return 'good';
  return 'default';
}

function actorOf(e: AdoPullRequestEvent): string | undefined {
  if (e.action === 'commented') return e.commenter;
  if (e.action === 'merged' || e.status === 'completed') return e.closedBy ?? e.author;
  return e.action === 'created' ? e.author : undefined;
}

/** Pull request created, updated, merged or commented on. */
export function pullRequestCard(e: AdoPullRequestEvent): CardModel {
  const verb = verbOf(e);
  const noun = e.draft && e.action === 'created' ? 'Draft pull request' : 'Pull request';
  const number = e.id === undefined ? '' : ` !${e.id}`;
  const title = `${prefix(repoTag(e.repo))}${noun}${number} ${verb}${e.title ? `: ${e.title}` : ''}`;
  const actor = actorOf(e);
  // An update's message says what changed ("… voted approve"); other events name the actor.
  const subtitle =
    e.action === 'updated' && e.message.summary
      ? e.message.summary
      : actor
        ? `${capitalize(verb)} by ${actor}`
        : undefined;
  const closed = e.status === 'completed' || e.status === 'abandoned';
  return {
    source: SOURCE,
    summary: actor ? `${title} (${verb} by ${actor})` : title,
    title,
    titleUrl: e.url,
    subtitle,
    accent: accentOf(e),
    text: e.action === 'commented' ? e.comment : e.action === 'created' ? e.description : undefined,
    facts: facts(
      ['Author', e.author],
      ['Branches', branches(e)],
      ['Reviewers', nameList(e.reviewers, e.reviewersTotal)],
      ['Status', e.action === 'created' ? undefined : e.status && words(e.status)],
      ['Merge status', e.action === 'merged' && e.mergeStatus ? words(e.mergeStatus) : undefined],
      ['Merge commit', e.action === 'merged' ? shortCommit(e.mergeCommit) : undefined],
      ['Merge strategy', closed && e.mergeStrategy ? words(e.mergeStrategy) : undefined],
      ['Closed by', closed ? e.closedBy : undefined],
      ['Closed at', closed ? formatTime(e.closedAt) : undefined],
    ),
    links: e.url ? [{ title: 'View pull request', url: e.url }] : [],
  };
}

function branches(e: AdoPullRequestEvent): string | undefined {
  if (e.sourceBranch && e.targetBranch) return `${e.sourceBranch} → ${e.targetBranch}`;
  return e.sourceBranch ?? e.targetBranch;
}

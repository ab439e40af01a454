import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { BitbucketPullRequestEvent } from '../events.js';
import { SOURCE, capitalize, facts, repoTag, shortSha, snakeToWords } from './common.js';

/** `pullrequest:<action>` as a past-tense verb, in Bitbucket's own words (merged, declined). */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['created', 'opened'],
  ['updated', 'updated'],
  ['fulfilled', 'merged'],
  ['rejected', 'declined'],
  ['approved', 'approved'],
  ['unapproved', 'approval removed'],
  ['changes_request_created', 'changes requested'],
  ['changes_request_removed', 'change request removed'],
]);

/** Comment events, as the first words of the title. */
const COMMENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['comment_created', 'New comment'],
  ['comment_updated', 'Comment edited'],
  ['comment_deleted', 'Comment deleted'],
  ['comment_resolved', 'Comment resolved'],
  ['comment_reopened', 'Comment reopened'],
]);

const ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['created', 'accent'],
  ['fulfilled', 'good'],
  ['rejected', 'attention'],
  ['approved', 'good'],
  ['changes_request_created', 'warning'],
]);

export function pullRequestCard(e: BitbucketPullRequestEvent): CardModel {
  const what = COMMENT_WORDS.get(e.action);
  return what ? commentCard(e, what) : stateCard(e);
}

function stateCard(e: BitbucketPullRequestEvent): CardModel {
  const verb = VERBS.get(e.action) ?? snakeToWords(e.action);
  const noun = e.draft && e.action === 'created' ? 'Draft pull request' : 'Pull request';
  const title = `${repoTag(e.repo)} ${noun} #${e.id} ${verb}: ${e.title}`;
  // An approval or change request names its reviewer; anything else is the actor's doing.
  const who = e.reviewer ?? e.actor;
  const closed = e.action === 'fulfilled' || e.action === 'rejected';
  return {
    source: SOURCE,
    summary: who ? `${title} (${verb} by ${who})` : title,
    title,
    titleUrl: e.url,
    subtitle: who ? `${capitalize(verb)} by ${who}` : undefined,
    accent: ACCENTS.get(e.action) ?? 'default',
    text: e.action === 'created' ? e.description : e.action === 'rejected' ? e.reason : undefined,
    facts: facts(
      ['Author', e.author],
      ['Branches', branches(e)],
      ['Reviewers', e.reviewers.join(', ')],
      ['State', e.state],
      ['Closed by', closed ? e.closedBy : undefined],
      ['Merge commit', e.mergeCommit ? shortSha(e.mergeCommit) : undefined],
    ),
    links: [{ title: 'View pull request', url: e.url }],
  };
}

function commentCard(e: BitbucketPullRequestEvent, what: string): CardModel {
  const title = `${repoTag(e.repo)} ${what} on pull request #${e.id}: ${e.title}`;
  const c = e.comment;
  const links: CardLink[] = [];
  if (c?.url && e.action !== 'comment_deleted') links.push({ title: 'View comment', url: c.url });
  links.push({ title: 'View pull request', url: e.url });
  const where = c?.path ? (c.line === undefined ? c.path : `${c.path}:${c.line}`) : undefined;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: links[0]?.url,
    subtitle: e.actor ? `Comment by ${e.actor}` : undefined,
    accent: 'default',
    text: e.action === 'comment_deleted' ? undefined : c?.text,
    facts: facts(['File', where], ['Branches', branches(e)]),
    links,
  };
}

function branches(e: BitbucketPullRequestEvent): string | undefined {
  if (!e.sourceBranch || !e.destinationBranch) return e.sourceBranch ?? e.destinationBranch;
  return `${e.sourceBranch} → ${e.destinationBranch}`;
}

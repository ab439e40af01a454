import type { Accent, CardModel } from '../../../core/card-model.js';
import type { GitHubPullRequestEvent } from '../events.js';
import { shortSha } from '../../../core/text.js';
import { SOURCE, capitalize, facts, plural, repoTag, snakeToWords, utc } from './common.js';

/**
 * GitHub's action names where the bare word reads badly in "Pull request #2 …". A Map, so an
 * action such as "constructor" finds nothing rather than an inherited function.
 */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['synchronize', 'updated'],
  ['ready_for_review', 'ready for review'],
  ['converted_to_draft', 'converted to draft'],
  ['review_requested', 'review requested'],
  ['review_request_removed', 'review request removed'],
  ['auto_merge_enabled', 'set to auto-merge'],
  ['auto_merge_disabled', 'auto-merge disabled'],
  ['enqueued', 'added to the merge queue'],
  ['dequeued', 'removed from the merge queue'],
]);

/** Where a new or revived pull request's description is worth a teaser. */
const SHOW_BODY = new Set(['opened', 'reopened', 'ready_for_review']);

export function pullRequestCard(e: GitHubPullRequestEvent): CardModel {
  const mergedNow = e.action === 'closed' && e.merged;
  const verb = mergedNow ? 'merged' : (VERBS.get(e.action) ?? snakeToWords(e.action));
  const noun = e.draft && e.action === 'opened' ? 'Draft pull request' : 'Pull request';
  const title = `${repoTag(e.repo)} ${noun} #${e.number} ${verb}: ${e.title}`;
  const actor = mergedNow ? (e.mergedBy ?? e.sender ?? e.author) : (e.sender ?? e.author);
  const subtitle = `${capitalize(verb)} by ${actor}`;

  return {
    source: SOURCE,
    summary: `${title} (${verb} by ${actor})`,
    title,
    titleUrl: e.url,
    subtitle,
    accent: accentFor(e, mergedNow),
    text: SHOW_BODY.has(e.action) ? e.body : undefined,
    facts: facts(
      ['Author', e.author],
      ['Branches', `${e.headRef} → ${e.baseRef}`],
      ['Draft', e.draft ? 'yes' : undefined],
      ['Size', size(e)],
      ['Labels', e.labels.join(', ')],
      ['Merged at', mergedNow ? utc(e.mergedAt) : undefined],
      ['Merge commit', mergedNow && e.mergeCommitSha ? shortSha(e.mergeCommitSha) : undefined],
    ),
    links: [{ title: 'View pull request', url: e.url }],
  };
}

/** Colours follow GitHub's own badges: merged is good news, closed unmerged is red there too. */
function accentFor(e: GitHubPullRequestEvent, mergedNow: boolean): Accent {
  if (mergedNow) return 'good';
  if (e.action === 'closed') return 'attention';
  if (e.action === 'opened' || e.action === 'reopened' || e.action === 'ready_for_review') {
    return 'accent';
  }
  return 'default';
}

/** "4 commits, 1 file changed, +6 −0", from whichever counts GitHub sent. */
function size(e: GitHubPullRequestEvent): string | undefined {
  const parts: string[] = [];
  if (e.commits !== undefined) parts.push(plural(e.commits, 'commit'));
  if (e.changedFiles !== undefined) parts.push(`${plural(e.changedFiles, 'file')} changed`);
  if (e.additions !== undefined && e.deletions !== undefined) {
    parts.push(`+${e.additions} −${e.deletions}`);
  }
  return parts.length > 0 ? parts.join(', ') : undefined;
}

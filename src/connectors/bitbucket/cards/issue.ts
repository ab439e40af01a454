import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { BitbucketIssueEvent } from '../events.js';
import { SOURCE, capitalize, facts, repoTag, snakeToWords } from './common.js';

/** Bitbucket's priorities that mean "now". */
const URGENT = new Set(['critical', 'blocker']);
const DONE = new Set(['resolved', 'closed']);

function accentOf(e: BitbucketIssueEvent): Accent {
  if (e.action === 'created') return e.priority && URGENT.has(e.priority) ? 'attention' : 'accent';
  if (e.action === 'updated' && e.statusChange?.to && DONE.has(e.statusChange.to)) return 'good';
  return 'default';
}

export function issueCard(e: BitbucketIssueEvent): CardModel {
  const comment = e.action === 'comment_created';
  const verb = e.action === 'created' ? 'opened' : snakeToWords(e.action);
  const title = comment
    ? `${repoTag(e.repo)} New comment on issue #${e.id}: ${e.title}`
    : `${repoTag(e.repo)} Issue #${e.id} ${verb}: ${e.title}`;
  const status = e.statusChange;
  const links: CardLink[] = [];
  if (e.comment?.url) links.push({ title: 'View comment', url: e.comment.url });
  links.push({ title: 'View issue', url: e.url });
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: links[0]?.url,
    subtitle: e.actor
      ? comment
        ? `Comment by ${e.actor}`
        : `${capitalize(verb)} by ${e.actor}`
      : undefined,
    accent: accentOf(e),
    text: e.action === 'created' ? e.content : e.comment?.text,
    facts: facts(
      ['Status', status ? `${status.from ?? '?'} → ${status.to ?? '?'}` : e.state],
      ['Kind', e.kind],
      ['Priority', e.priority],
      ['Assignee', e.assignee],
      ['Reporter', e.action === 'created' ? undefined : e.reporter],
    ),
    links,
  };
}

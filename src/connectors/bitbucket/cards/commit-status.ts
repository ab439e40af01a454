import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { BitbucketCommitStatusEvent } from '../events.js';
import { SOURCE, commitUrl, facts, repoTag, shortSha, snakeToWords } from './common.js';

const PHRASES: ReadonlyMap<string, string> = new Map([
  ['SUCCESSFUL', 'passed'],
  ['FAILED', 'failed'],
  ['STOPPED', 'was stopped'],
  ['INPROGRESS', 'is in progress'],
]);

const ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['SUCCESSFUL', 'good'],
  ['FAILED', 'attention'],
  ['STOPPED', 'warning'],
  ['INPROGRESS', 'accent'],
]);

export function commitStatusCard(e: BitbucketCommitStatusEvent): CardModel {
  const phrase = PHRASES.get(e.state) ?? snakeToWords(e.state.toLowerCase());
  const on = e.refname ? ` on ${e.refname}` : e.commit ? ` on ${shortSha(e.commit)}` : '';
  const title = `${repoTag(e.repo)} Build ${e.name} ${phrase}${on}`;
  const links: CardLink[] = [];
  if (e.url) links.push({ title: 'View build', url: e.url });
  if (e.commit) links.push({ title: 'View commit', url: commitUrl(e.repo, e.commit) });
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url ?? (e.commit ? commitUrl(e.repo, e.commit) : e.repo.url),
    accent: ACCENTS.get(e.state) ?? 'default',
    text: e.description,
    facts: facts(
      ['State', e.state.toLowerCase()],
      ['Commit', e.commit ? shortSha(e.commit) : undefined],
      ['Ref', e.refname],
    ),
    links,
  };
}

import type { CardLink, CardModel } from '../../../core/card-model.js';
import type { BitbucketOtherEvent } from '../events.js';
import { SOURCE, capitalize, facts, repoLink, repoTag, snakeToWords } from './common.js';

/** Event key categories as a person names them. */
const NOUNS: ReadonlyMap<string, string> = new Map([
  ['repo', 'Repository'],
  ['pullrequest', 'Pull request'],
  ['issue', 'Issue'],
  ['project', 'Project'],
]);

/** Titles for the repository events people see most, where the words of the key read badly. */
const TITLES: ReadonlyMap<string, string> = new Map([
  ['repo:fork', 'Repository forked to'],
  ['repo:updated', 'Repository settings changed'],
  ['repo:transfer', 'Repository transferred'],
  ['repo:commit_comment_created', 'New comment on'],
]);

function describe(event: string): string {
  const known = TITLES.get(event);
  if (known) return known;
  const [category = '', action = ''] = event.split(':');
  const noun = NOUNS.get(category) ?? capitalize(snakeToWords(category));
  return `${noun} ${snakeToWords(action)}`.trim();
}

/** `New comment on` + `commit 1a2b3c4`; a title ending in "on" or "to" loses it without one. */
function phrase(what: string, subject: string | undefined): string {
  const dangling = / (?:on|to)$/.exec(what);
  if (subject === undefined) return dangling ? what.slice(0, dangling.index) : what;
  return dangling ? `${what} ${subject}` : `${what}: ${subject}`;
}

/** "What happened, where" for event keys without a dedicated card. */
export function otherCard(e: BitbucketOtherEvent): CardModel {
  const where = e.repo ? repoTag(e.repo) : 'Bitbucket';
  const title = `${where} ${phrase(describe(e.event), e.subject?.label)}`;
  const links: CardLink[] = [];
  if (e.subject?.url) links.push({ title: 'Open', url: e.subject.url });
  if (e.repo) links.push(repoLink(e.repo));
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: e.subject?.url ?? e.repo?.url,
    subtitle: e.actor ? `By ${e.actor}` : undefined,
    accent: 'default',
    text: e.text,
    facts: facts(['Event', e.event], ['Changed', e.changed.map(snakeToWords).join(', ')]),
    links,
  };
}

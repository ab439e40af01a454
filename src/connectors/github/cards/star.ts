import type { CardModel } from '../../../core/card-model.js';
import type { GitHubStarEvent } from '../events.js';
import { SOURCE, facts, repoTag, utc } from './common.js';

export function starCard(e: GitHubStarEvent): CardModel {
  const title = `${repoTag(e.repo)} ${e.starred ? 'starred' : 'unstarred'} by ${e.user}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.repo.url,
    subtitle: e.starredAt ? `Starred at ${utc(e.starredAt)}` : undefined,
    accent: e.starred ? 'accent' : 'default',
    facts: facts(['Stars', e.total]),
    links: [{ title: 'View repository', url: e.repo.url }],
  };
}

import type { CardModel } from '../../../core/card-model.js';
import type { GitHubOtherEvent } from '../events.js';
import { SOURCE, facts, repoTag, snakeToWords } from './common.js';

/** A plain "what happened where" card for events without a dedicated one. */
export function otherCard(e: GitHubOtherEvent): CardModel {
  const where = e.repo ? repoTag(e.repo) : 'GitHub';
  const what = `${snakeToWords(e.event)}${e.action ? `: ${snakeToWords(e.action)}` : ''}`;
  const title = `${where} ${what}`;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.repo?.url,
    subtitle: e.sender ? `By ${e.sender}` : undefined,
    accent: 'default',
    facts: facts(['Event', e.event], ['Action', e.action]),
    links: e.repo ? [{ title: 'View repository', url: e.repo.url }] : [],
  };
}

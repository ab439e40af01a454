import type { CardModel } from '../../../core/card-model.js';
import type { GitHubReleaseEvent } from '../events.js';
import { SOURCE, facts, repoTag, snakeToWords } from './common.js';

export function releaseCard(e: GitHubReleaseEvent): CardModel {
  const noun = e.prerelease ? 'Pre-release' : 'Release';
  const label = e.name ? `${e.name} (${e.tag})` : e.tag;
  const title = `${repoTag(e.repo)} ${noun} ${label} ${snakeToWords(e.action)}`;
  const gone = e.action === 'deleted';
  return {
    source: SOURCE,
    summary: `${title} by ${e.author}`,
    title,
    titleUrl: gone ? e.repo.url : e.url,
    subtitle: `By ${e.author}`,
    accent: e.action === 'published' ? (e.prerelease ? 'accent' : 'good') : 'default',
    // Notes are news when the release comes out, not on every later edit.
    text: e.action === 'published' ? e.body : undefined,
    facts: facts(
      ['Tag', e.tag],
      ['Pre-release', e.prerelease ? 'yes' : undefined],
      ['Draft', e.draft ? 'yes' : undefined],
    ),
    links: gone
      ? [{ title: 'View repository', url: e.repo.url }]
      : [{ title: 'View release', url: e.url }],
  };
}

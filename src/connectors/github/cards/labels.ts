import type { Accent, CardModel } from '../../../core/card-model.js';
import type { GitHubLabelEvent, GitHubMilestoneEvent } from '../events.js';
import { SOURCE, facts, repoTag, snakeToWords, utc } from './common.js';

/** Milestones and labels: what a repository's issues are sorted by. */

const MILESTONE_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['created', 'accent'],
  ['opened', 'accent'],
  // Closing a milestone is usually finishing it.
  ['closed', 'good'],
]);

export function milestoneCard(e: GitHubMilestoneEvent): CardModel {
  const title = `${repoTag(e.repo)} Milestone ${e.title} ${snakeToWords(e.action)}`;
  const gone = e.action === 'deleted';
  const issues =
    e.openIssues === undefined || e.closedIssues === undefined
      ? undefined
      : `${e.openIssues} open, ${e.closedIssues} closed`;
  const url = gone ? `${e.repo.url}/milestones` : e.url;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: url,
    subtitle: e.sender ? `By ${e.sender}` : undefined,
    accent: MILESTONE_ACCENTS.get(e.action) ?? 'default',
    text: e.action === 'created' ? e.description : undefined,
    facts: facts(['Due', utc(e.dueOn)], ['Issues', gone ? undefined : issues]),
    links: [{ title: gone ? 'View milestones' : 'View milestone', url }],
  };
}

export function labelCard(e: GitHubLabelEvent): CardModel {
  const what =
    e.action === 'edited' && e.oldName
      ? `${e.oldName} renamed to ${e.name}`
      : `${e.name} ${snakeToWords(e.action)}`;
  const title = `${repoTag(e.repo)} Label ${what}`;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.url,
    subtitle: e.sender ? `By ${e.sender}` : undefined,
    accent: e.action === 'created' ? 'accent' : 'default',
    facts: facts(
      ['Colour', e.color ? `#${e.color}` : undefined],
      ['Description', e.description],
      ['Old name', e.oldName],
    ),
    links: [{ title: e.action === 'deleted' ? 'View labels' : 'View label', url: e.url }],
  };
}

import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { GitLabOtherEvent } from '../events.js';
import { SOURCE, capitalize, facts, projectLink, projectTag, snakeToWords } from './common.js';

const SEVERITY_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['critical', 'attention'],
  ['high', 'attention'],
  ['medium', 'warning'],
]);

/** `Wiki Page Hook` → `Wiki page`; a system hook is named by what happened. */
function nounOf(e: GitLabOtherEvent): string {
  const words = e.event.replace(/ Hook$/, '').toLowerCase();
  return capitalize(words === 'system' ? 'system hook' : words);
}

/**
 * "What happened to what, where" for hooks without a dedicated card:
 * `[group/project] Wiki page create: Awesome`.
 */
export function otherCard(e: GitLabOtherEvent): CardModel {
  const where = e.project ? projectTag(e.project) : e.where ? `[${e.where}]` : 'GitLab';
  const happened = e.action ?? (e.event === 'System Hook' ? e.kind : undefined);
  const action = happened ? ` ${snakeToWords(happened)}` : '';
  const about = e.subject ? `: ${e.subject}` : '';
  const title = `${where} ${nounOf(e)}${action}${about}`;
  const links: CardLink[] = [];
  if (e.url && e.url !== e.project?.url) links.push({ title: 'View on GitLab', url: e.url });
  if (e.project) links.push(projectLink(e.project));
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: e.url,
    subtitle: e.actor ? `By ${e.actor}` : undefined,
    accent: (e.severity && SEVERITY_ACCENTS.get(e.severity.toLowerCase())) || 'default',
    facts: facts(
      ['Event', e.event],
      ['Kind', e.kind],
      ['State', e.state],
      ['Severity', e.severity],
    ),
    links,
  };
}

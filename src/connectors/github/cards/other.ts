import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { GitHubOtherEvent } from '../events.js';
import { SOURCE, capitalize, facts, snakeToWords } from './common.js';

/** Commit statuses (the one such event with a state) coloured like check results. */
const STATE_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['success', 'good'],
  ['failure', 'attention'],
  ['error', 'attention'],
  ['pending', 'accent'],
]);

/** Event names that read badly as words ("gollum", "projects v2"), as GitHub's UI names them. */
const NOUNS: ReadonlyMap<string, string> = new Map([
  ['github_app_authorization', 'GitHub App authorization'],
  ['gollum', 'Wiki page'],
  ['installation', 'App installation'],
  ['installation_repositories', 'App installation repositories'],
  ['installation_target', 'App installation account'],
  ['meta', 'Webhook'],
  ['org_block', 'User'],
  ['page_build', 'Pages build'],
  ['projects_v2', 'Project'],
  ['projects_v2_item', 'Project item'],
  ['projects_v2_status_update', 'Project status update'],
  ['public', 'Repository made public'],
  ['status', 'Commit status'],
  ['team_add', 'Team added'],
]);

/**
 * "What happened to what, where" for events without a dedicated card:
 * `[octo-org/octo-repo] Package published: hello-world-npm`.
 */
export function otherCard(e: GitHubOtherEvent): CardModel {
  const where = e.where ? `[${e.where.name}]` : 'GitHub';
  const what = NOUNS.get(e.event) ?? capitalize(snakeToWords(e.event));
  const action = e.action ? ` ${snakeToWords(e.action)}` : '';
  const about = e.subject ? `: ${e.subject.label}` : '';
  const title = `${where} ${what}${action}${about}`;
  const links: CardLink[] = [];
  if (e.subject?.url) links.push({ title: 'View on GitHub', url: e.subject.url });
  if (e.where) links.push({ title: `View ${e.where.kind}`, url: e.where.url });
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.subject?.url ?? e.where?.url,
    subtitle: e.sender ? `By ${e.sender}` : undefined,
    accent: (e.state && STATE_ACCENTS.get(e.state)) || 'default',
    facts: facts(['Event', e.event], ['Action', e.action], ['State', e.state]),
    links,
  };
}

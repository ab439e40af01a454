import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { GitLabDeploymentEvent, GitLabReleaseEvent } from '../events.js';
import { tagUrl } from '../urls.js';
import {
  SHA_DIGITS,
  SOURCE,
  facts,
  projectLink,
  projectTag,
  snakeToWords,
  statusAccent,
} from './common.js';

const RELEASE_VERBS: ReadonlyMap<string, string> = new Map([
  ['create', 'created'],
  ['update', 'updated'],
  ['delete', 'deleted'],
]);

export function releaseCard(e: GitLabReleaseEvent): CardModel {
  const verb = e.action ? (RELEASE_VERBS.get(e.action) ?? snakeToWords(e.action)) : 'published';
  const label = e.name !== e.tag ? `${e.name} (${e.tag})` : e.tag;
  const title = `${projectTag(e.project)} Release ${label} ${verb}`;
  const gone = e.action === 'delete';
  const commit = e.commit
    ? `${e.commit.sha.slice(0, SHA_DIGITS)}${e.commit.subject ? ` ${e.commit.subject}` : ''}`
    : undefined;
  const links: CardLink[] = gone
    ? [projectLink(e.project)]
    : [
        { title: 'View release', url: e.url },
        { title: 'View tag', url: tagUrl(e.project.url, e.tag) },
      ];
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: gone ? e.project.url : e.url,
    accent: e.action === 'create' || e.action === undefined ? 'good' : 'default',
    // Notes are news when the release comes out, not on every later edit.
    text: verb === 'created' || verb === 'published' ? e.description : undefined,
    facts: facts(['Tag', e.tag], ['Commit', commit], ['Assets', e.assets]),
    links,
  };
}

/** Deployment statuses as a phrase after "Deployment to production". */
const DEPLOYMENT_PHRASES: ReadonlyMap<string, string> = new Map([
  ['running', 'started'],
  ['success', 'succeeded'],
  ['failed', 'failed'],
  ['canceled', 'was canceled'],
  ['blocked', 'is blocked'],
  ['created', 'created'],
]);

function deploymentAccent(status: string): Accent {
  return status === 'created' ? 'default' : statusAccent(status);
}

export function deploymentCard(e: GitLabDeploymentEvent): CardModel {
  const phrase = DEPLOYMENT_PHRASES.get(e.status) ?? snakeToWords(e.status);
  const title = `${projectTag(e.project)} Deployment to ${e.environment} ${phrase}`;
  const links: CardLink[] = [];
  if (e.jobUrl) links.push({ title: 'View job', url: e.jobUrl });
  if (e.environmentUrl) links.push({ title: 'Open environment', url: e.environmentUrl });
  if (e.commitUrl) links.push({ title: 'View commit', url: e.commitUrl });
  links.push(projectLink(e.project));
  const commit = [e.shortSha, e.commitTitle].filter(Boolean).join(' ');
  return {
    source: SOURCE,
    summary: e.actor ? `${title} (by ${e.actor})` : title,
    title,
    titleUrl: e.jobUrl ?? e.environmentUrl ?? e.project.url,
    subtitle: e.actor ? `Deployed by ${e.actor}` : undefined,
    accent: deploymentAccent(e.status),
    facts: facts(
      ['Environment', e.environment],
      ['Tier', e.tier && e.tier !== e.environment ? e.tier : undefined],
      ['Status', snakeToWords(e.status)],
      ['Commit', commit],
    ),
    links,
  };
}

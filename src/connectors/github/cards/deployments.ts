import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { GitHubDeploymentEvent, GitHubDeploymentStatusEvent } from '../events.js';
import { shortSha } from '../../../core/text.js';
import { SOURCE, branchAt, facts, repoTag, snakeToWords } from './common.js';

/** Deployment states as a verb phrase after "Deployment to production". */
const STATE_PHRASES: ReadonlyMap<string, string> = new Map([
  ['success', 'succeeded'],
  ['failure', 'failed'],
  ['error', 'failed with an error'],
  ['in_progress', 'in progress'],
  ['inactive', 'is no longer active'],
]);

const STATE_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['success', 'good'],
  ['failure', 'attention'],
  ['error', 'attention'],
  ['inactive', 'default'],
]);

function runLinks(e: GitHubDeploymentEvent | GitHubDeploymentStatusEvent, skip?: string) {
  const links: CardLink[] = [];
  if (e.runUrl && e.runUrl !== skip) links.push({ title: 'View run', url: e.runUrl });
  links.push({ title: 'View deployments', url: e.deploymentsUrl });
  return links;
}

export function deploymentCard(e: GitHubDeploymentEvent): CardModel {
  const title = `${repoTag(e.repo)} Deployment to ${e.environment} ${snakeToWords(e.action)}`;
  return {
    source: SOURCE,
    summary: e.creator ? `${title} by ${e.creator}` : title,
    title,
    titleUrl: e.runUrl ?? e.deploymentsUrl,
    subtitle: e.creator ? `By ${e.creator}` : undefined,
    accent: 'accent',
    text: e.description,
    facts: facts(
      ['Environment', e.environment],
      ['Ref', branchAt(e.ref, shortSha(e.sha))],
      // `deploy` is the default task; only another one is worth a line.
      ['Task', e.task && e.task !== 'deploy' ? e.task : undefined],
    ),
    links: runLinks(e),
  };
}

export function deploymentStatusCard(e: GitHubDeploymentStatusEvent): CardModel {
  const phrase = STATE_PHRASES.get(e.state) ?? snakeToWords(e.state);
  const title = `${repoTag(e.repo)} Deployment to ${e.environment} ${phrase}`;
  const titleUrl = e.logUrl ?? e.runUrl ?? e.deploymentsUrl;
  return {
    source: SOURCE,
    summary: e.creator ? `${title} (by ${e.creator})` : title,
    title,
    titleUrl,
    subtitle: e.creator ? `By ${e.creator}` : undefined,
    // Pending, queued and in progress: still under way.
    accent: STATE_ACCENTS.get(e.state) ?? 'accent',
    text: e.description,
    facts: facts(
      ['State', snakeToWords(e.state)],
      ['Environment', e.environment],
      ['Ref', branchAt(e.ref, shortSha(e.sha))],
    ),
    links: [
      ...(e.logUrl ? [{ title: 'View log', url: e.logUrl }] : []),
      ...(e.environmentUrl ? [{ title: 'Open environment', url: e.environmentUrl }] : []),
      ...runLinks(e, e.logUrl),
    ],
  };
}

import { branchUrl } from '../urls.js';
import type { CardLink, CardList, CardModel } from '../../../core/card-model.js';
import type { GitHubPushEvent, GitHubRepoRef, GitHubTagEvent } from '../events.js';
import { shortSha } from '../../../core/text.js';
import { SOURCE, repoTag } from './common.js';

/** The title names the repository only as `[owner/name]`; this link leads to it. */
function repoLink(repo: GitHubRepoRef): CardLink {
  return { title: 'View repository', url: repo.url };
}

export function pushCard(e: GitHubPushEvent): CardModel {
  const repo = repoTag(e.repo);
  const branch = branchUrl(e.repo.url, e.branch);

  if (e.deleted) {
    const title = `${repo} branch ${e.branch} deleted by ${e.pusher}`;
    return {
      source: SOURCE,
      summary: title,
      title,
      titleUrl: e.repo.url,
      accent: 'default',
      facts: [],
      links: [repoLink(e.repo)],
    };
  }

  const n = e.totalCommits;
  const count = `${e.totalIsLowerBound ? `${n}+` : n} new ${n === 1 ? 'commit' : 'commits'}`;
  let title: string;
  if (e.created) title = `${repo} new branch ${e.branch}${n > 0 ? ` with ${count}` : ''}`;
  else if (e.forced) title = `${repo} ${e.branch} force-pushed${n > 0 ? ` with ${count}` : ''}`;
  // A push listing no commits moved the branch to commits it already knew (a reset).
  else if (n === 0) title = `${repo} ${e.branch} moved to ${shortSha(e.after)}`;
  else title = `${repo} ${count} to ${e.branch}`;

  const verb = e.forced ? 'Force-pushed' : 'Pushed';
  return {
    source: SOURCE,
    summary: `${title} by ${e.pusher}`,
    title,
    titleUrl: e.compareUrl ?? branch,
    subtitle: `${verb} by ${e.pusher}`,
    accent: e.forced ? 'warning' : 'accent',
    facts: [],
    list: commitList(e),
    links: [
      e.compareUrl
        ? { title: 'View changes', url: e.compareUrl }
        : { title: 'View branch', url: branch },
      repoLink(e.repo),
    ],
  };
}

function commitList(e: GitHubPushEvent): CardList | undefined {
  if (e.commits.length === 0) return undefined;
  return {
    label: 'commits',
    items: e.commits.map((c) => ({
      code: shortSha(c.sha),
      text: c.subject,
      detail: c.author,
      url: c.url,
    })),
    total: Math.max(e.totalCommits, e.commits.length),
    moreUrl: e.compareUrl,
  };
}

export function tagCard(e: GitHubTagEvent): CardModel {
  const repo = repoTag(e.repo);
  const title =
    e.change === 'deleted'
      ? `${repo} tag ${e.tag} deleted by ${e.pusher}`
      : e.change === 'created'
        ? `${repo} tag ${e.tag} created by ${e.pusher}`
        : `${repo} tag ${e.tag} moved to ${shortSha(e.after)} by ${e.pusher}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url ?? e.repo.url,
    accent: e.change === 'deleted' ? 'default' : 'accent',
    facts: [],
    links: e.url ? [{ title: 'View tag', url: e.url }, repoLink(e.repo)] : [repoLink(e.repo)],
  };
}

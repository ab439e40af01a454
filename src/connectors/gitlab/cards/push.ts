import type { CardList, CardModel } from '../../../core/card-model.js';
import type { GitLabPushEvent, GitLabTagEvent } from '../events.js';
import { branchUrl, tagUrl } from '../urls.js';
import { SHA_DIGITS, SOURCE, facts, plural, projectLink, projectTag } from './common.js';

export function pushCard(e: GitLabPushEvent): CardModel {
  const project = projectTag(e.project);
  if (e.deleted) {
    const title = `${project} Branch ${e.branch} deleted by ${e.pusher}`;
    return {
      source: SOURCE,
      summary: title,
      title,
      titleUrl: e.project.url,
      accent: 'default',
      facts: [],
      links: [projectLink(e.project)],
    };
  }

  const branch = branchUrl(e.project.url, e.branch);
  const n = e.totalCommits;
  const commits = plural(n, 'new commit');
  let title: string;
  if (e.created) title = `${project} New branch ${e.branch}${n > 0 ? ` with ${commits}` : ''}`;
  // A push listing no commits moved the branch to commits it already had (a reset).
  else if (n === 0) title = `${project} ${e.branch} moved to ${e.after.slice(0, SHA_DIGITS)}`;
  else title = `${project} ${commits} to ${e.branch}`;

  return {
    source: SOURCE,
    summary: `${title} by ${e.pusher}`,
    title,
    titleUrl: e.compareUrl ?? branch,
    subtitle: `Pushed by ${e.pusher}`,
    accent: 'accent',
    facts: [],
    list: commitList(e),
    links: [
      e.compareUrl
        ? { title: 'Compare changes', url: e.compareUrl }
        : { title: 'View branch', url: branch },
      projectLink(e.project),
    ],
  };
}

function commitList(e: GitLabPushEvent): CardList | undefined {
  if (e.commits.length === 0) return undefined;
  return {
    label: 'commits',
    items: e.commits.map((c) => ({
      code: c.sha.slice(0, SHA_DIGITS),
      text: c.subject,
      ...(c.author ? { detail: c.author } : {}),
      ...(c.url ? { url: c.url } : {}),
    })),
    total: Math.max(e.totalCommits, e.commits.length),
    moreUrl: e.compareUrl ?? branchUrl(e.project.url, e.branch),
  };
}

export function tagCard(e: GitLabTagEvent): CardModel {
  const project = projectTag(e.project);
  const title = `${project} Tag ${e.tag} ${e.deleted ? 'deleted' : 'created'} by ${e.pusher}`;
  // A deleted tag has no page left to link to.
  const url = e.deleted ? undefined : tagUrl(e.project.url, e.tag);
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: url ?? e.project.url,
    accent: e.deleted ? 'default' : 'accent',
    text: e.deleted ? undefined : e.message,
    facts: facts(['Commit', e.target?.slice(0, SHA_DIGITS)]),
    links: url ? [{ title: 'View tag', url }, projectLink(e.project)] : [projectLink(e.project)],
  };
}

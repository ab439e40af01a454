import type { CardLink, CardList, CardModel } from '../../../core/card-model.js';
import type { AdoPushEvent, AdoRefUpdate } from '../events.js';
import { branchUrl, tagUrl } from '../urls.js';
import { SOURCE, capitalize, plural, prefix, repoTag, shortCommit } from './common.js';

/** What one ref update did, in a title: "new branch dev", "main", "tag v1.2 deleted". */
function refPhrase(ref: AdoRefUpdate): string {
  const noun = ref.tag ? 'tag' : 'branch';
  if (ref.deleted) return `${noun} ${ref.name} deleted`;
  if (ref.created) return `new ${noun} ${ref.name}`;
  return ref.tag ? `tag ${ref.name}` : ref.name;
}

function refUrl(repoUrl: string | undefined, ref: AdoRefUpdate | undefined): string | undefined {
  if (repoUrl === undefined || ref === undefined || ref.deleted) return undefined;
  return ref.tag ? tagUrl(repoUrl, ref.name) : branchUrl(repoUrl, ref.name);
}

function headline(e: AdoPushEvent): string {
  const tag = prefix(repoTag(e.repo));
  const refs = e.refs.map(refPhrase).join(', ') || 'a branch';
  const n = e.totalCommits;
  if (n === 0) return `${tag}${capitalize(refs)}`;
  return `${tag}${plural(n, 'new commit')} to ${refs}`;
}

/** `git.push`: the branches, who pushed, and the commits with links to each. */
export function pushCard(e: AdoPushEvent): CardModel {
  const title = headline(e);
  const first = e.refs[0];
  const url = refUrl(e.repo.url, first) ?? e.repo.url ?? e.message.url;
  const links: CardLink[] = [];
  const branch = refUrl(e.repo.url, first);
  if (branch) links.push({ title: first?.tag ? 'View tag' : 'View branch', url: branch });
  if (e.repo.url) links.push({ title: 'View repository', url: e.repo.url });
  return {
    source: SOURCE,
    summary: e.pusher ? `${title} by ${e.pusher}` : title,
    title,
    titleUrl: url,
    subtitle: e.pusher ? `Pushed by ${e.pusher}` : undefined,
    accent: e.refs.length > 0 && e.refs.every((r) => r.deleted) ? 'default' : 'accent',
    facts: [],
    list: commitList(e, url),
    links,
  };
}

function commitList(e: AdoPushEvent, moreUrl: string | undefined): CardList | undefined {
  if (e.commits.length === 0) return undefined;
  return {
    label: 'commits',
    items: e.commits.map((c) => ({
      code: shortCommit(c.sha),
      text: c.subject,
      detail: c.author,
      url: c.url,
    })),
    total: e.totalCommits,
    moreUrl,
  };
}

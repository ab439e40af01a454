import type { CardItem, CardModel } from '../../../core/card-model.js';
import type { BitbucketPushEvent, BitbucketRefChange } from '../events.js';
import { LIMITS } from '../limits.js';
import { SOURCE, facts, plural, repoLink, repoTag, shortSha } from './common.js';

/** `5+ new commits` when Bitbucket cut the list short. */
function commitCount(c: BitbucketRefChange): string {
  const n = c.commits.length;
  if (c.truncated) return `${n}+ new commits`;
  return plural(n, 'new commit');
}

/** What one change did, as a phrase after the ref's name. */
function phrase(c: BitbucketRefChange): string {
  if (c.closed) return 'deleted';
  if (c.kind === 'tag') return `created at ${shortSha(c.target)}`;
  const count = c.commits.length > 0 ? commitCount(c) : undefined;
  if (c.created) return count ? `new branch, ${count}` : 'new branch';
  if (c.forced) return count ? `force-pushed, ${count}` : 'force-pushed';
  return count ?? `moved to ${shortSha(c.target)}`;
}

/** The title of a push of one ref. */
function singleTitle(repo: string, c: BitbucketRefChange, actor: string | undefined): string {
  const by = actor ? ` by ${actor}` : '';
  const noun = c.kind === 'tag' ? 'Tag' : 'Branch';
  if (c.closed) return `${repo} ${noun} ${c.name} deleted${by}`;
  if (c.kind === 'tag') return `${repo} Tag ${c.name} created${by}`;
  const n = c.commits.length;
  const count = n > 0 ? ` with ${commitCount(c)}` : '';
  if (c.created) return `${repo} New branch ${c.name}${count}`;
  if (c.forced) return `${repo} ${c.name} force-pushed${count}`;
  if (n === 0) return `${repo} ${c.name} moved to ${shortSha(c.target)}`;
  return `${repo} ${commitCount(c)} to ${c.name}`;
}

function multiTitle(repo: string, e: BitbucketPushEvent): string {
  const kinds = new Set(e.changes.map((c) => c.kind));
  const noun = kinds.size > 1 ? 'ref' : kinds.has('tag') ? 'tag' : 'branch';
  const plural = noun === 'branch' ? 'branches' : `${noun}s`;
  return `${repo} Push to ${e.totalChanges} ${plural}`;
}

function items(e: BitbucketPushEvent): CardItem[] {
  const out: CardItem[] = [];
  const several = e.changes.length > 1;
  for (const change of e.changes) {
    for (const c of change.commits) {
      if (out.length === LIMITS.commits) return out;
      const detail = [c.author, several ? change.name : undefined].filter(Boolean).join(' · ');
      out.push({
        code: shortSha(c.hash),
        text: c.subject,
        ...(detail ? { detail } : {}),
        ...(c.url ? { url: c.url } : {}),
      });
    }
  }
  return out;
}

/** A moved branch links its compare view; a new branch or tag links its own page. */
function linkTitle(c: BitbucketRefChange): string {
  if (c.kind === 'tag') return 'View tag';
  return c.created ? 'View branch' : 'View changes';
}

export function pushCard(e: BitbucketPushEvent): CardModel {
  const repo = repoTag(e.repo);
  const [only] = e.changes;
  const single = e.changes.length === 1 && e.totalChanges === 1 ? only : undefined;
  const title = single
    ? singleTitle(repo, single, e.actor)
    : e.changes.length === 0
      ? `${repo} Push`
      : multiTitle(repo, e);
  const list = items(e);
  const total = e.changes.reduce((n, c) => n + c.commits.length, 0);
  const url = single && !single.closed ? single.url : undefined;
  const anyForced = e.changes.some((c) => c.forced);
  const allClosed = e.changes.length > 0 && e.changes.every((c) => c.closed);
  return {
    source: SOURCE,
    summary: e.actor && !title.endsWith(`by ${e.actor}`) ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: url ?? e.repo.url,
    subtitle: e.actor ? `Pushed by ${e.actor}` : undefined,
    accent: anyForced ? 'warning' : allClosed ? 'default' : 'accent',
    // One fact per ref when the push changed several; a single ref says it all in the title.
    facts: single ? [] : facts(...e.changes.map((c): [string, string] => [c.name, phrase(c)])),
    ...(list.length > 0
      ? {
          list: {
            label: 'commits',
            items: list,
            total: Math.max(total, list.length),
            ...(url ? { moreUrl: url } : {}),
          },
        }
      : {}),
    links: [...(single && url ? [{ title: linkTitle(single), url }] : []), repoLink(e.repo)],
  };
}

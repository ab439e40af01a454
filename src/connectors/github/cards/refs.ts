import { shortSha } from '../../../core/text.js';
import type { CardLink, CardModel } from '../../../core/card-model.js';
import type {
  GitHubCommitCommentEvent,
  GitHubForkEvent,
  GitHubRefEvent,
  GitHubRepoRef,
} from '../events.js';
import { SOURCE, capitalize, facts, fileLine, repoTag, snakeToWords } from './common.js';

function repoLink(repo: GitHubRepoRef): CardLink {
  return { title: 'View repository', url: repo.url };
}

/** `create` / `delete`: "Branch feature created by mona". */
export function refCard(e: GitHubRefEvent): CardModel {
  const noun = capitalize(e.refType);
  const by = e.sender ? ` by ${e.sender}` : '';
  const title = `${repoTag(e.repo)} ${noun} ${e.ref} ${e.change}${by}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url ?? e.repo.url,
    accent: e.change === 'created' ? 'accent' : 'default',
    facts: [],
    links: e.url
      ? [{ title: `View ${e.refType}`, url: e.url }, repoLink(e.repo)]
      : [repoLink(e.repo)],
  };
}

export function forkCard(e: GitHubForkEvent): CardModel {
  const title = `${repoTag(e.repo)} Forked to ${e.fork.fullName}`;
  return {
    source: SOURCE,
    summary: `${title} by ${e.forker}`,
    title,
    titleUrl: e.fork.url,
    subtitle: `Forked by ${e.forker}`,
    accent: 'accent',
    facts: facts(['Forks', e.forks]),
    links: [{ title: 'View fork', url: e.fork.url }, repoLink(e.repo)],
  };
}

export function commitCommentCard(e: GitHubCommitCommentEvent): CardModel {
  const what = e.action === 'created' ? 'New comment' : `Comment ${snakeToWords(e.action)}`;
  const title = `${repoTag(e.repo)} ${what} on commit ${shortSha(e.sha)}`;
  return {
    source: SOURCE,
    summary: `${title} by ${e.commenter}`,
    title,
    titleUrl: e.url,
    subtitle: `Comment by ${e.commenter}`,
    accent: 'default',
    text: e.body,
    facts: facts(['File', fileLine(e.path, e.line)]),
    links: [{ title: 'View comment', url: e.url }],
  };
}

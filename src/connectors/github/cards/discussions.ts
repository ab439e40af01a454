import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type {
  GitHubDiscussionCommentEvent,
  GitHubDiscussionEvent,
  GitHubDiscussionRef,
} from '../events.js';
import { SOURCE, capitalize, facts, repoTag, snakeToWords } from './common.js';

/** Actions whose bare word reads badly after "Discussion #4". */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['created', 'started'],
  ['category_changed', 'moved to another category'],
  ['unanswered', 'no longer answered'],
]);

const ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['created', 'accent'],
  ['answered', 'good'],
]);

function discussionLink(d: GitHubDiscussionRef): CardLink {
  return { title: 'View discussion', url: d.url };
}

export function discussionCard(e: GitHubDiscussionEvent): CardModel {
  const verb = VERBS.get(e.action) ?? snakeToWords(e.action);
  const title = `${repoTag(e.repo)} Discussion #${e.discussion.number} ${verb}: ${e.discussion.title}`;
  const actor = e.action === 'created' ? e.author : (e.sender ?? e.author);
  const subtitle =
    e.answer && e.action === 'answered'
      ? `Answer by ${e.answer.author}, marked by ${actor}`
      : `${capitalize(verb)} by ${actor}`;
  return {
    source: SOURCE,
    summary: `${title} (${subtitle.toLowerCase()})`,
    title,
    titleUrl: e.discussion.url,
    subtitle,
    accent: ACCENTS.get(e.action) ?? 'default',
    text: e.action === 'created' ? e.body : undefined,
    facts: facts(
      ['Category', e.discussion.category],
      ['Label', e.label],
      ['Answered', e.answered && e.action !== 'answered' ? 'yes' : undefined],
    ),
    links: [
      ...(e.answer ? [{ title: 'View answer', url: e.answer.url }] : []),
      discussionLink(e.discussion),
    ],
  };
}

export function discussionCommentCard(e: GitHubDiscussionCommentEvent): CardModel {
  const what = e.action === 'created' ? 'New comment' : `Comment ${snakeToWords(e.action)}`;
  const d = e.discussion;
  const title = `${repoTag(e.repo)} ${what} on discussion #${d.number}: ${d.title}`;
  const deleted = e.action === 'deleted';
  return {
    source: SOURCE,
    summary: `${title} by ${e.commenter}`,
    title,
    titleUrl: deleted ? d.url : e.url,
    subtitle: `Comment by ${e.commenter}`,
    accent: e.isAnswer && !deleted ? 'good' : 'default',
    text: deleted ? undefined : e.body,
    facts: facts(
      ['Category', d.category],
      ['Answer', e.isAnswer ? 'marked as the answer' : undefined],
    ),
    links: [...(deleted ? [] : [{ title: 'View comment', url: e.url }]), discussionLink(d)],
  };
}

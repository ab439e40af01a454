import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import {
  discussionCommentPayload,
  discussionPayload,
} from '../../fixtures/github/collab-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const DISCUSSION_URL = 'https://github.com/octo-org/octo-repo/discussions/5';
const ANSWER_URL = `${DISCUSSION_URL}#discussioncomment-71`;

describe('GitHub discussion', () => {
  it('reads a new discussion with its category', () => {
    expect(eventOf('discussion', discussionPayload(), 'discussion')).toEqual({
      source: 'github',
      type: 'discussion',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'created',
      discussion: {
        number: 5,
        title: 'How do I rotate the secret?',
        url: DISCUSSION_URL,
        category: 'Q&A',
      },
      author: 'octocat',
      sender: 'octocat',
      answered: false,
      answer: undefined,
      label: undefined,
      body: 'The docs mention two secrets at once.',
    });
  });

  it('shows a new discussion with its number, title, category and excerpt', () => {
    const c = cardFor('discussion', discussionPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Discussion #5 started: How do I rotate the secret?');
    expect(c.titleUrl).toBe(DISCUSSION_URL);
    expect(c.subtitle).toBe('Started by octocat');
    expect(c.accent).toBe('accent');
    expect(c.text).toBe('The docs mention two secrets at once.');
    expect(c.facts).toEqual([{ title: 'Category', value: 'Q&A' }]);
  });

  it('shows an answered discussion in green with the answer and who marked it', () => {
    const payload = discussionPayload({
      action: 'answered',
      discussion: { answer_html_url: ANSWER_URL },
      answer: { html_url: ANSWER_URL, user: { login: 'hubot' }, body: 'Add, then remove.' },
      sender: { login: 'octocat' },
    });
    const c = cardFor('discussion', payload);
    expect(c.title).toBe(
      '[octo-org/octo-repo] Discussion #5 answered: How do I rotate the secret?',
    );
    expect(c.subtitle).toBe('Answer by hubot, marked by octocat');
    expect(c.accent).toBe('good');
    expect(c.links).toEqual([
      { title: 'View answer', url: ANSWER_URL },
      { title: 'View discussion', url: DISCUSSION_URL },
    ]);
  });

  it('marks an answered discussion on later changes, and names the label of a labeling', () => {
    const payload = discussionPayload({
      action: 'labeled',
      discussion: { answer_html_url: ANSWER_URL },
      label: { id: 1, name: 'docs' },
      sender: { login: 'monalisa' },
    });
    const c = cardFor('discussion', payload);
    expect(c.title).toContain('Discussion #5 labeled');
    expect(c.subtitle).toBe('Labeled by monalisa');
    expect(c.facts).toEqual([
      { title: 'Category', value: 'Q&A' },
      { title: 'Label', value: 'docs' },
      { title: 'Answered', value: 'yes' },
    ]);
  });

  it('calls a discussion without its number malformed', () => {
    expect(malformedMessage('discussion', without(discussionPayload(), 'discussion.number'))).toBe(
      'discussion payload is missing discussion.number',
    );
  });
});

describe('GitHub discussion_comment', () => {
  it('shows a comment with the discussion it belongs to', () => {
    const c = cardFor('discussion_comment', discussionCommentPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] New comment on discussion #5: How do I rotate the secret?',
    );
    expect(c.titleUrl).toBe(ANSWER_URL);
    expect(c.subtitle).toBe('Comment by hubot');
    expect(c.text).toBe('Add the new one, then remove the old one.');
    expect(c.accent).toBe('default');
    expect(c.links).toEqual([
      { title: 'View comment', url: ANSWER_URL },
      { title: 'View discussion', url: DISCUSSION_URL },
    ]);
  });

  it('says when the comment is the marked answer', () => {
    const payload = discussionCommentPayload({
      action: 'edited',
      discussion: { answer_html_url: ANSWER_URL },
    });
    const e = eventOf('discussion_comment', payload, 'discussion_comment');
    expect(e.isAnswer).toBe(true);
    const c = cardFor('discussion_comment', payload);
    expect(c.title).toContain('Comment edited on discussion #5');
    expect(c.accent).toBe('good');
    expect(c.facts).toContainEqual({ title: 'Answer', value: 'marked as the answer' });
  });

  it('links a deleted comment to its discussion only', () => {
    const c = cardFor('discussion_comment', discussionCommentPayload({ action: 'deleted' }));
    expect(c.titleUrl).toBe(DISCUSSION_URL);
    expect(c.links).toEqual([{ title: 'View discussion', url: DISCUSSION_URL }]);
  });
});

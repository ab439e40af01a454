import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import {
  reviewCommentPayload,
  reviewPayload,
  reviewThreadPayload,
} from '../../fixtures/github/collab-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO = { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' };
const PR = { number: 12, title: 'Add retry to the uploader', url: `${REPO.url}/pull/12` };
const REVIEW_URL = `${REPO.url}/pull/12#pullrequestreview-80`;

describe('GitHub pull_request_review', () => {
  it('reads a submitted review', () => {
    expect(eventOf('pull_request_review', reviewPayload(), 'pull_request_review')).toEqual({
      source: 'github',
      type: 'pull_request_review',
      repo: REPO,
      action: 'submitted',
      state: 'approved',
      pr: PR,
      reviewer: 'octocat',
      sender: 'octocat',
      url: REVIEW_URL,
      body: 'Looks good, one nit inline.',
    });
  });

  it('shows an approval in green with the reviewer, the excerpt and links', () => {
    const c = cardFor('pull_request_review', reviewPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] Approved pull request #12: Add retry to the uploader',
    );
    expect(c.titleUrl).toBe(REVIEW_URL);
    expect(c.subtitle).toBe('Review by octocat');
    expect(c.accent).toBe('good');
    expect(c.text).toBe('Looks good, one nit inline.');
    expect(c.facts).toEqual([{ title: 'Review', value: 'approved' }]);
    expect(c.links).toEqual([
      { title: 'View review', url: REVIEW_URL },
      { title: 'View pull request', url: PR.url },
    ]);
  });

  it.each([
    ['changes_requested', 'Changes requested on pull request #12', 'attention'],
    ['CHANGES_REQUESTED', 'Changes requested on pull request #12', 'attention'],
    ['commented', 'Reviewed pull request #12', 'accent'],
    ['pending', 'Reviewed (pending) pull request #12', 'default'],
  ])('shows a %s review', (state, lead, accent) => {
    const c = cardFor('pull_request_review', reviewPayload({ review: { state } }));
    expect(c.title).toBe(`[octo-org/octo-repo] ${lead}: Add retry to the uploader`);
    expect(c.accent).toBe(accent);
  });

  it('says who dismissed a review, without its body', () => {
    const payload = reviewPayload({
      action: 'dismissed',
      review: { state: 'dismissed' },
      sender: { login: 'monalisa' },
    });
    const c = cardFor('pull_request_review', payload);
    expect(c.title).toBe(
      '[octo-org/octo-repo] Review dismissed on pull request #12: Add retry to the uploader',
    );
    expect(c.subtitle).toBe('Review by octocat, dismissed by monalisa');
    expect(c.accent).toBe('default');
    expect(c.text).toBeUndefined();
  });

  it('names a deleted reviewer "ghost", as GitHub does', () => {
    const e = eventOf(
      'pull_request_review',
      reviewPayload({ review: { user: null } }),
      'pull_request_review',
    );
    expect(e.reviewer).toBe('ghost');
  });

  it('cuts a long review body to 500 characters', () => {
    const body = 'x'.repeat(100_000);
    const e = eventOf(
      'pull_request_review',
      reviewPayload({ review: { body } }),
      'pull_request_review',
    );
    expect(e.body).toHaveLength(500);
  });

  it('calls a review without its pull request malformed', () => {
    expect(malformedMessage('pull_request_review', without(reviewPayload(), 'pull_request'))).toBe(
      'pull_request_review payload is missing pull_request',
    );
  });
});

describe('GitHub pull_request_review_comment', () => {
  it('reads the file, line and excerpt', () => {
    expect(
      eventOf('pull_request_review_comment', reviewCommentPayload(), 'pull_request_review_comment'),
    ).toEqual({
      source: 'github',
      type: 'pull_request_review_comment',
      repo: REPO,
      action: 'created',
      pr: PR,
      commenter: 'octocat',
      path: 'src/upload.ts',
      line: 42,
      url: `${REPO.url}/pull/12#discussion_r90`,
      body: 'Should this retry on 429 too?',
    });
  });

  it('falls back to the original line of an outdated comment', () => {
    const payload = reviewCommentPayload({ comment: { line: null } });
    expect(
      eventOf('pull_request_review_comment', payload, 'pull_request_review_comment').line,
    ).toBe(40);
  });

  it('shows the comment with its place in the diff', () => {
    const c = cardFor('pull_request_review_comment', reviewCommentPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] New review comment on pull request #12: Add retry to the uploader',
    );
    expect(c.subtitle).toBe('Comment by octocat');
    expect(c.facts).toEqual([{ title: 'File', value: 'src/upload.ts:42' }]);
    expect(c.text).toBe('Should this retry on 429 too?');
    expect(c.links.map((l) => l.title)).toEqual(['View comment', 'View pull request']);
  });

  it('links a deleted comment to its pull request only', () => {
    const c = cardFor('pull_request_review_comment', reviewCommentPayload({ action: 'deleted' }));
    expect(c.title).toContain('Review comment deleted on pull request #12');
    expect(c.titleUrl).toBe(PR.url);
    expect(c.text).toBeUndefined();
    expect(c.links).toEqual([{ title: 'View pull request', url: PR.url }]);
  });
});

describe('GitHub pull_request_review_thread', () => {
  it('shows a resolved thread in green with who resolved it', () => {
    const c = cardFor('pull_request_review_thread', reviewThreadPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] Review thread resolved on pull request #12: Add retry to the uploader',
    );
    expect(c.subtitle).toBe('Resolved by hubot');
    expect(c.accent).toBe('good');
    expect(c.titleUrl).toBe(`${REPO.url}/pull/12#discussion_r90`);
    expect(c.facts).toEqual([{ title: 'File', value: 'src/upload.ts:42' }]);
  });

  it('shows an unresolved thread as needing attention again', () => {
    const c = cardFor('pull_request_review_thread', reviewThreadPayload({ action: 'unresolved' }));
    expect(c.title).toContain('Review thread unresolved');
    expect(c.accent).toBe('warning');
  });

  it('links the pull request when the thread lists no comments, reading only the first', () => {
    const none = cardFor(
      'pull_request_review_thread',
      reviewThreadPayload({ thread: { comments: [] } }),
    );
    expect(none.titleUrl).toBe(PR.url);
    expect(none.facts).toEqual([]);
    const many = Array.from({ length: 300_000 }, () => 0);
    const payload = reviewThreadPayload({
      thread: {
        comments: [{ html_url: `${REPO.url}/pull/12#discussion_r1`, path: 'a.ts' }, ...many],
      },
    });
    expect(cardFor('pull_request_review_thread', payload).titleUrl).toBe(
      `${REPO.url}/pull/12#discussion_r1`,
    );
  });
});

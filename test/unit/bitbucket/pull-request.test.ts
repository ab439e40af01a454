import { describe, expect, it } from 'vitest';
import {
  HASH_B,
  REPO_URL,
  account,
  pullRequestPayload,
} from '../../fixtures/bitbucket/payloads.js';
import { cardFor, factsOf } from '../../fixtures/bitbucket/request.js';

const PR_URL = `${REPO_URL}/pull-requests/12`;

describe('Bitbucket pull request card', () => {
  it('shows a new pull request: number, title, author, branches, reviewers, description', () => {
    const card = cardFor('pullrequest:created', pullRequestPayload());
    expect(card.title).toBe('[team/app] Pull request #12 opened: Add caching');
    expect(card.titleUrl).toBe(PR_URL);
    expect(card.subtitle).toBe('Opened by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.text).toBe('Caches the thing.');
    expect(factsOf(card)).toEqual({
      Author: 'Jane Doe',
      Branches: 'feature/cache → main',
      Reviewers: 'Sam Roe',
      State: 'OPEN',
    });
    expect(card.links).toEqual([{ title: 'View pull request', url: PR_URL }]);
  });

  it('calls fulfilled merged, in green, with who closed it and the merge commit', () => {
    const card = cardFor(
      'pullrequest:fulfilled',
      pullRequestPayload({
        pullrequest: {
          state: 'MERGED',
          closed_by: account('Sam Roe'),
          merge_commit: { hash: HASH_B },
        },
      }),
    );
    expect(card.title).toBe('[team/app] Pull request #12 merged: Add caching');
    expect(card.accent).toBe('good');
    expect(card.text).toBeUndefined();
    expect(factsOf(card)).toMatchObject({
      State: 'MERGED',
      'Closed by': 'Sam Roe',
      'Merge commit': HASH_B.slice(0, 7),
    });
  });

  it('calls rejected declined, in red, with the reason', () => {
    const card = cardFor(
      'pullrequest:rejected',
      pullRequestPayload({ pullrequest: { state: 'DECLINED', reason: 'Out of scope' } }),
    );
    expect(card.title).toBe('[team/app] Pull request #12 declined: Add caching');
    expect(card.accent).toBe('attention');
    expect(card.text).toBe('Out of scope');
    expect(factsOf(card)['Merge commit']).toBeUndefined();
  });

  it('names the reviewer who approved or requested changes', () => {
    const approved = cardFor(
      'pullrequest:approved',
      pullRequestPayload({ approval: { date: '2026-05-01', user: account('Sam Roe') } }),
    );
    expect(approved.title).toContain('#12 approved');
    expect(approved.subtitle).toBe('Approved by Sam Roe');
    expect(approved.accent).toBe('good');
    const changes = cardFor(
      'pullrequest:changes_request_created',
      pullRequestPayload({ changes_request: { date: '2026-05-01', user: account('Kim Poe') } }),
    );
    expect(changes.subtitle).toBe('Changes requested by Kim Poe');
    expect(changes.accent).toBe('warning');
    const unapproved = cardFor('pullrequest:unapproved', pullRequestPayload());
    expect(unapproved.title).toContain('#12 approval removed');
  });

  it('shows a comment with its text, file and line, linking the comment first', () => {
    const card = cardFor(
      'pullrequest:comment_created',
      pullRequestPayload({
        comment: {
          id: 9,
          content: { raw: 'Why a map here?', markup: 'markdown', html: '<p>Why</p>' },
          inline: { path: 'src/cache.ts', from: null, to: 17 },
          links: { html: { href: `${PR_URL}/_/diff#comment-9` } },
        },
      }),
    );
    expect(card.title).toBe('[team/app] New comment on pull request #12: Add caching');
    expect(card.subtitle).toBe('Comment by Jane Doe');
    expect(card.text).toBe('Why a map here?');
    expect(factsOf(card).File).toBe('src/cache.ts:17');
    expect(card.links.map((l) => l.title)).toEqual(['View comment', 'View pull request']);
  });

  it('does not link or quote a deleted comment', () => {
    const card = cardFor(
      'pullrequest:comment_deleted',
      pullRequestPayload({
        comment: { content: { raw: 'gone' }, links: { html: { href: `${PR_URL}#c` } } },
      }),
    );
    expect(card.title).toContain('Comment deleted on pull request #12');
    expect(card.text).toBeUndefined();
    expect(card.links).toEqual([{ title: 'View pull request', url: PR_URL }]);
  });

  it('says a draft is a draft', () => {
    const card = cardFor(
      'pullrequest:created',
      pullRequestPayload({ pullrequest: { draft: true } }),
    );
    expect(card.title).toContain('Draft pull request #12 opened');
  });
});

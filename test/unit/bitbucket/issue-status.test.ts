import { describe, expect, it } from 'vitest';
import {
  HASH_B,
  REPO_URL,
  commitStatusPayload,
  issuePayload,
  repository,
} from '../../fixtures/bitbucket/payloads.js';
import { cardFor, factsOf, interpret } from '../../fixtures/bitbucket/request.js';

describe('Bitbucket issue card', () => {
  it('shows a new issue with its kind, priority, assignee and text', () => {
    const card = cardFor('issue:created', issuePayload());
    expect(card.title).toBe('[team/app] Issue #5 opened: Login fails');
    expect(card.subtitle).toBe('Opened by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.text).toBe('Steps to reproduce.');
    expect(factsOf(card)).toEqual({
      Status: 'new',
      Kind: 'bug',
      Priority: 'major',
      Assignee: 'Sam Roe',
    });
  });

  it('colours a new blocker red', () => {
    expect(cardFor('issue:created', issuePayload({ issue: { priority: 'blocker' } })).accent).toBe(
      'attention',
    );
  });

  it('shows a status change, in green when resolved', () => {
    const card = cardFor(
      'issue:updated',
      issuePayload({ changes: { status: { old: 'new', new: 'resolved' } } }),
    );
    expect(card.title).toBe('[team/app] Issue #5 updated: Login fails');
    expect(factsOf(card).Status).toBe('new → resolved');
    expect(card.accent).toBe('good');
  });

  it('shows a comment on an issue, linking the comment', () => {
    const card = cardFor(
      'issue:comment_created',
      issuePayload({
        comment: {
          content: { raw: 'Same here.' },
          links: { html: { href: `${REPO_URL}/issues/5#comment-1` } },
        },
      }),
    );
    expect(card.title).toBe('[team/app] New comment on issue #5: Login fails');
    expect(card.text).toBe('Same here.');
    expect(card.titleUrl).toBe(`${REPO_URL}/issues/5#comment-1`);
  });
});

describe('Bitbucket build status card', () => {
  it('shows a passed build in green with commit, ref and links to the build and commit', () => {
    const card = cardFor('repo:commit_status_updated', commitStatusPayload());
    expect(card.title).toBe('[team/app] Build Unit tests passed on main');
    expect(card.accent).toBe('good');
    expect(card.text).toBe('412 passed');
    expect(factsOf(card)).toEqual({ State: 'successful', Commit: HASH_B.slice(0, 7), Ref: 'main' });
    expect(card.links).toEqual([
      { title: 'View build', url: 'https://ci.example.com/builds/7' },
      { title: 'View commit', url: `${REPO_URL}/commits/${HASH_B}` },
    ]);
  });

  it.each([
    ['FAILED', 'failed', 'attention'],
    ['STOPPED', 'was stopped', 'warning'],
  ])('words %s as "%s" (%s)', (state, phrase, accent) => {
    const card = cardFor(
      'repo:commit_status_created',
      commitStatusPayload({ commit_status: { state } }),
    );
    expect(card.title).toBe(`[team/app] Build Unit tests ${phrase} on main`);
    expect(card.accent).toBe(accent);
  });

  it('ignores a build still in progress', () => {
    expect(
      interpret(
        'repo:commit_status_created',
        commitStatusPayload({ commit_status: { state: 'INPROGRESS' } }),
      ),
    ).toMatchObject({ kind: 'ignored', eventName: 'repo:commit_status_created' });
  });
});

describe('Bitbucket events without a dedicated card', () => {
  it('names the fork of a repository and links it', () => {
    const fork = {
      ...repository,
      full_name: 'kim/app',
      links: { html: { href: 'https://bitbucket.org/kim/app' } },
    };
    const card = cardFor('repo:fork', { actor: { display_name: 'Kim' }, repository, fork });
    expect(card.title).toBe('[team/app] Repository forked to kim/app');
    expect(card.links[0]).toEqual({ title: 'Open', url: 'https://bitbucket.org/kim/app' });
  });

  it('shows a commit comment with its text', () => {
    const card = cardFor('repo:commit_comment_created', {
      actor: { display_name: 'Kim' },
      repository,
      commit: { hash: HASH_B, links: { html: { href: `${REPO_URL}/commits/${HASH_B}` } } },
      comment: {
        content: { raw: 'Nice.' },
        links: { html: { href: `${REPO_URL}/commits/${HASH_B}#c` } },
      },
    });
    expect(card.title).toBe(`[team/app] New comment on commit ${HASH_B.slice(0, 7)}`);
    expect(card.text).toBe('Nice.');
  });

  it('names what a repository update changed', () => {
    const card = cardFor('repo:updated', {
      repository,
      changes: { name: { old: 'a', new: 'b' }, website: { old: '', new: 'x' } },
    });
    expect(card.title).toBe('[team/app] Repository settings changed');
    expect(factsOf(card)).toEqual({ Event: 'repo:updated', Changed: 'name, website' });
  });

  it('makes a card even of an empty body', () => {
    expect(cardFor('repo:deleted', {}).title).toBe('Bitbucket Repository deleted');
  });
});

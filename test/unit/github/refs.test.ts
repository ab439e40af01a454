import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import {
  commitCommentPayload,
  createPayload,
  deletePayload,
  forkPayload,
} from '../../fixtures/github/collab-payloads.js';
import { without } from '../../fixtures/github/payloads.js';

const REPO_URL = 'https://github.com/octo-org/octo-repo';

describe('GitHub create and delete', () => {
  it('reads a created branch with a link to it', () => {
    expect(eventOf('create', createPayload(), 'ref')).toEqual({
      source: 'github',
      type: 'ref',
      repo: { fullName: 'octo-org/octo-repo', url: REPO_URL },
      change: 'created',
      refType: 'branch',
      ref: 'feature/retry',
      sender: 'hubot',
      url: `${REPO_URL}/tree/feature/retry`,
    });
  });

  it('shows a created branch and a created tag with their pages', () => {
    const branch = cardFor('create', createPayload());
    expect(branch.title).toBe('[octo-org/octo-repo] Branch feature/retry created by hubot');
    expect(branch.titleUrl).toBe(`${REPO_URL}/tree/feature/retry`);
    expect(branch.accent).toBe('accent');
    expect(branch.links).toEqual([
      { title: 'View branch', url: `${REPO_URL}/tree/feature/retry` },
      { title: 'View repository', url: REPO_URL },
    ]);
    const tag = cardFor('create', createPayload({ ref: 'v2.1.0', ref_type: 'tag' }));
    expect(tag.title).toBe('[octo-org/octo-repo] Tag v2.1.0 created by hubot');
    expect(tag.titleUrl).toBe(`${REPO_URL}/releases/tag/v2.1.0`);
  });

  it('shows a deleted tag without a link to what is gone', () => {
    const c = cardFor('delete', deletePayload());
    expect(c.title).toBe('[octo-org/octo-repo] Tag v0.9.0 deleted by hubot');
    expect(c.titleUrl).toBe(REPO_URL);
    expect(c.accent).toBe('default');
    expect(c.links).toEqual([{ title: 'View repository', url: REPO_URL }]);
  });

  it('calls a create without ref_type malformed', () => {
    expect(malformedMessage('create', without(createPayload(), 'ref_type'))).toBe(
      'create payload is missing ref_type',
    );
  });
});

describe('GitHub fork', () => {
  it('shows the fork with a link to it and the new fork count', () => {
    const c = cardFor('fork', forkPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Forked to hubot/octo-repo');
    expect(c.titleUrl).toBe('https://github.com/hubot/octo-repo');
    expect(c.subtitle).toBe('Forked by hubot');
    expect(c.facts).toEqual([{ title: 'Forks', value: '3' }]);
    expect(c.links).toEqual([
      { title: 'View fork', url: 'https://github.com/hubot/octo-repo' },
      { title: 'View repository', url: REPO_URL },
    ]);
  });

  it('refuses a fork link that is not http(s)', () => {
    const payload = forkPayload({ forkee: { html_url: 'javascript:alert(1)' } });
    expect(malformedMessage('fork', payload)).toMatch(
      /forkee\.html_url: Expected an http\(s\) URL/,
    );
  });
});

describe('GitHub commit_comment', () => {
  it('reads the commit, file, line and excerpt', () => {
    expect(eventOf('commit_comment', commitCommentPayload(), 'commit_comment')).toMatchObject({
      sha: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      path: 'README.md',
      line: 1,
      commenter: 'octocat',
      body: 'This is a really good change! :+1:',
    });
  });

  it('shows the short sha, the file and a link to the comment', () => {
    const c = cardFor('commit_comment', commitCommentPayload());
    expect(c.title).toBe('[octo-org/octo-repo] New comment on commit 6113728');
    expect(c.subtitle).toBe('Comment by octocat');
    expect(c.facts).toEqual([{ title: 'File', value: 'README.md:1' }]);
    expect(c.links).toEqual([
      {
        title: 'View comment',
        url: `${REPO_URL}/commit/6113728f27ae82c7b1a177c8d03f9e96e0adf246#commitcomment-33548674`,
      },
    ]);
  });

  it('leaves the file out for a comment on the whole commit', () => {
    const payload = commitCommentPayload({ comment: { path: null, line: null, position: null } });
    expect(cardFor('commit_comment', payload).facts).toEqual([]);
  });

  it('calls a comment whose commit id is not a sha malformed', () => {
    const payload = commitCommentPayload({ comment: { commit_id: 'main' } });
    expect(malformedMessage('commit_comment', payload)).toBe(
      'commit_comment payload has invalid comment.commit_id: Expected a commit sha',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import { issueCommentPayload, issuePayload, without } from '../../fixtures/github/payloads.js';

describe('GitHub issues', () => {
  it('reads an opened issue', () => {
    expect(eventOf('issues', issuePayload(), 'issues')).toEqual({
      source: 'github',
      type: 'issues',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'opened',
      number: 7,
      title: 'Uploader hangs on empty files',
      url: 'https://github.com/octo-org/octo-repo/issues/7',
      author: 'octocat',
      sender: 'octocat',
      labels: ['bug', 'uploader'],
      assignees: ['monalisa', 'hubot'],
      stateReason: undefined,
      body: 'Steps: upload a 0-byte file.',
    });
  });

  it('calls an issue without a title malformed', () => {
    expect(malformedMessage('issues', without(issuePayload(), 'issue.title'))).toBe(
      'issues payload is missing issue.title',
    );
  });

  it('shows an opened issue with labels, assignees and body', () => {
    const c = cardFor('issues', issuePayload());
    expect(c.title).toBe('[octo-org/octo-repo] Issue #7 opened: Uploader hangs on empty files');
    expect(c.titleUrl).toBe('https://github.com/octo-org/octo-repo/issues/7');
    expect(c.subtitle).toBe('Opened by octocat');
    expect(c.text).toBe('Steps: upload a 0-byte file.');
    expect(c.facts).toEqual([
      { title: 'Author', value: 'octocat' },
      { title: 'Labels', value: 'bug, uploader' },
      { title: 'Assignees', value: 'monalisa, hubot' },
    ]);
    expect(c.links).toEqual([
      { title: 'View issue', url: 'https://github.com/octo-org/octo-repo/issues/7' },
    ]);
  });

  it('shows who closed an issue and why', () => {
    const payload = issuePayload({
      action: 'closed',
      issue: { state_reason: 'not_planned' },
      sender: { login: 'monalisa' },
    });
    const c = cardFor('issues', payload);
    expect(c.subtitle).toBe('Closed by monalisa');
    expect(c.facts).toContainEqual({ title: 'Reason', value: 'not planned' });
    expect(c.accent).toBe('default');
    expect(c.text).toBeUndefined();
    const completed = cardFor(
      'issues',
      issuePayload({ action: 'closed', issue: { state_reason: 'completed' } }),
    );
    expect(completed.accent).toBe('good');
  });
});

describe('GitHub issue_comment', () => {
  it('reads a comment on an issue', () => {
    expect(eventOf('issue_comment', issueCommentPayload(), 'issue_comment')).toEqual({
      source: 'github',
      type: 'issue_comment',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'created',
      target: {
        kind: 'issue',
        number: 7,
        title: 'Uploader hangs on empty files',
        url: 'https://github.com/octo-org/octo-repo/issues/7',
      },
      commenter: 'hubot',
      url: 'https://github.com/octo-org/octo-repo/issues/7#issuecomment-99',
      body: 'I can reproduce this on main.',
    });
  });

  it('recognises a comment on a pull request', () => {
    const payload = issueCommentPayload({
      issue: { pull_request: { url: 'https://api.github.com/repos/octo-org/octo-repo/pulls/7' } },
    });
    expect(eventOf('issue_comment', payload, 'issue_comment').target.kind).toBe('pull_request');
    const c = cardFor('issue_comment', payload);
    expect(c.title).toBe(
      '[octo-org/octo-repo] New comment on pull request #7: Uploader hangs on empty files',
    );
    expect(c.links[1]?.title).toBe('View pull request');
  });

  it('calls a comment without its author malformed', () => {
    expect(malformedMessage('issue_comment', without(issueCommentPayload(), 'comment.user'))).toBe(
      'issue_comment payload is missing comment.user',
    );
  });

  it('shows the comment, its author and links', () => {
    const c = cardFor('issue_comment', issueCommentPayload());
    expect(c.title).toBe(
      '[octo-org/octo-repo] New comment on issue #7: Uploader hangs on empty files',
    );
    expect(c.subtitle).toBe('Comment by hubot');
    expect(c.text).toBe('I can reproduce this on main.');
    expect(c.links).toEqual([
      {
        title: 'View comment',
        url: 'https://github.com/octo-org/octo-repo/issues/7#issuecomment-99',
      },
      { title: 'View issue', url: 'https://github.com/octo-org/octo-repo/issues/7' },
    ]);
  });

  it('does not link to or quote a deleted comment', () => {
    const c = cardFor('issue_comment', issueCommentPayload({ action: 'deleted' }));
    expect(c.title).toContain('Comment deleted on issue #7');
    expect(c.text).toBeUndefined();
    expect(c.titleUrl).toBe('https://github.com/octo-org/octo-repo/issues/7');
    expect(c.links.map((l) => l.title)).toEqual(['View issue']);
  });
});

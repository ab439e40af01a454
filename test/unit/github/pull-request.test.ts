import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import { pullRequestPayload, without } from '../../fixtures/github/payloads.js';

const merged = () =>
  pullRequestPayload({
    action: 'closed',
    pull_request: {
      state: 'closed',
      merged: true,
      merged_by: { login: 'monalisa' },
      merged_at: '2024-03-02T09:15:30Z',
      merge_commit_sha: '9'.repeat(40),
    },
    sender: { login: 'monalisa' },
  });

const closedUnmerged = () =>
  pullRequestPayload({
    action: 'closed',
    // GitHub leaves a test-merge sha on unmerged pull requests; it must not read as a merge.
    pull_request: { state: 'closed', merged: false, merge_commit_sha: '8'.repeat(40) },
    sender: { login: 'octocat' },
  });

describe('GitHub pull_request: normalisation', () => {
  it('reads an opened pull request', () => {
    expect(eventOf('pull_request', pullRequestPayload(), 'pull_request')).toEqual({
      source: 'github',
      type: 'pull_request',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      action: 'opened',
      number: 12,
      title: 'Add retry to the uploader',
      url: 'https://github.com/octo-org/octo-repo/pull/12',
      author: 'hubot',
      sender: 'hubot',
      headRef: 'retry',
      baseRef: 'main',
      draft: false,
      merged: false,
      mergedBy: undefined,
      mergedAt: undefined,
      mergeCommitSha: undefined,
      commits: 3,
      changedFiles: 4,
      additions: 40,
      deletions: 2,
      labels: ['enhancement'],
      body: 'Retries failed uploads three times.\nFixes #3.',
    });
  });

  it('tells a merge from a close without merging', () => {
    expect(eventOf('pull_request', merged(), 'pull_request')).toMatchObject({
      merged: true,
      mergedBy: 'monalisa',
      mergeCommitSha: '9'.repeat(40),
    });
    expect(eventOf('pull_request', closedUnmerged(), 'pull_request')).toMatchObject({
      merged: false,
      mergedBy: undefined,
      mergeCommitSha: undefined,
    });
  });

  it('reads merged_at when the merged flag is absent', () => {
    const withTime = without(merged(), 'pull_request.merged');
    expect(eventOf('pull_request', withTime, 'pull_request').merged).toBe(true);
    const withoutTime = without(closedUnmerged(), 'pull_request.merged');
    expect(eventOf('pull_request', withoutTime, 'pull_request').merged).toBe(false);
  });

  it('accepts a null body and absent size counts', () => {
    const payload = without(
      pullRequestPayload({ pull_request: { body: null } }),
      'pull_request.additions',
    );
    const e = eventOf('pull_request', payload, 'pull_request');
    expect(e.body).toBeUndefined();
    expect(e.additions).toBeUndefined();
  });

  it.each([
    'pull_request',
    'pull_request.head',
    'pull_request.user',
    'pull_request.number',
    'action',
  ])('calls a pull request without %s malformed, naming it', (path) => {
    expect(malformedMessage('pull_request', without(pullRequestPayload(), path))).toBe(
      `pull_request payload is missing ${path}`,
    );
  });

  it('names a field of the wrong type', () => {
    const payload = pullRequestPayload({ pull_request: { number: '12' } });
    expect(malformedMessage('pull_request', payload)).toMatch(/has invalid pull_request\.number/);
  });

  it('calls a merge commit sha that is not hex malformed, like any other bad field here', () => {
    const payload = merged();
    (payload.pull_request as Record<string, unknown>).merge_commit_sha = 'not-a-sha-at-all';
    expect(malformedMessage('pull_request', payload)).toBe(
      'pull_request payload has invalid pull_request.merge_commit_sha: Expected a commit sha',
    );
  });
});

describe('GitHub pull_request: card', () => {
  it('shows an opened pull request with branches, size, labels and description', () => {
    const c = cardFor('pull_request', pullRequestPayload());
    expect(c.title).toBe('[octo-org/octo-repo] Pull request #12 opened: Add retry to the uploader');
    expect(c.titleUrl).toBe('https://github.com/octo-org/octo-repo/pull/12');
    expect(c.subtitle).toBe('Opened by hubot');
    expect(c.accent).toBe('accent');
    expect(c.text).toBe('Retries failed uploads three times.\nFixes #3.');
    expect(c.facts).toEqual([
      { title: 'Author', value: 'hubot' },
      { title: 'Branches', value: 'retry → main' },
      { title: 'Size', value: '3 commits, 4 files changed, +40 −2' },
      { title: 'Labels', value: 'enhancement' },
    ]);
    expect(c.links).toEqual([
      { title: 'View pull request', url: 'https://github.com/octo-org/octo-repo/pull/12' },
    ]);
  });

  it('leaves out facts it has no value for', () => {
    const payload = without(
      pullRequestPayload({ pull_request: { labels: [] } }),
      'pull_request.commits',
    );
    const c = cardFor('pull_request', payload);
    expect(c.facts.map((f) => f.title)).not.toContain('Labels');
    expect(c.facts).toContainEqual({ title: 'Size', value: '4 files changed, +40 −2' });
  });

  it('marks a draft', () => {
    const c = cardFor('pull_request', pullRequestPayload({ pull_request: { draft: true } }));
    expect(c.title).toContain('Draft pull request #12 opened');
    expect(c.facts).toContainEqual({ title: 'Draft', value: 'yes' });
  });

  it('shows who merged, when, and the merge commit', () => {
    const c = cardFor('pull_request', merged());
    expect(c.title).toBe('[octo-org/octo-repo] Pull request #12 merged: Add retry to the uploader');
    expect(c.subtitle).toBe('Merged by monalisa');
    expect(c.summary).toContain('merged by monalisa');
    expect(c.accent).toBe('good');
    expect(c.text).toBeUndefined();
    expect(c.facts).toContainEqual({ title: 'Merged at', value: '2024-03-02 09:15 UTC' });
    expect(c.facts).toContainEqual({ title: 'Merge commit', value: '9999999' });
    expect(c.facts).toContainEqual({ title: 'Branches', value: 'retry → main' });
  });

  it('shows who closed an unmerged pull request, with no merge facts', () => {
    const c = cardFor('pull_request', closedUnmerged());
    expect(c.title).toContain('Pull request #12 closed:');
    expect(c.subtitle).toBe('Closed by octocat');
    expect(c.accent).toBe('attention');
    expect(c.facts.map((f) => f.title)).not.toContain('Merge commit');
  });

  it('shows a reopened pull request', () => {
    const c = cardFor(
      'pull_request',
      pullRequestPayload({ action: 'reopened', sender: { login: 'octocat' } }),
    );
    expect(c.title).toContain('Pull request #12 reopened:');
    expect(c.subtitle).toBe('Reopened by octocat');
  });

  it('words other actions readably within the same card', () => {
    const c = cardFor('pull_request', pullRequestPayload({ action: 'synchronize' }));
    expect(c.title).toContain('Pull request #12 updated:');
    const labeled = cardFor('pull_request', pullRequestPayload({ action: 'some_new_action' }));
    expect(labeled.title).toContain('Pull request #12 some new action:');
    expect(labeled.text).toBeUndefined();
  });
});

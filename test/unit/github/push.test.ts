import { describe, expect, it } from 'vitest';
import { githubCard } from '../../../src/connectors/github/cards/index.js';
import { commit, pushPayload, without } from '../../fixtures/github/payloads.js';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';

const ZERO = '0'.repeat(40);

describe('GitHub push: normalisation', () => {
  it('reads a branch push with its commits', () => {
    const e = eventOf('push', pushPayload(), 'push');
    expect(e).toMatchObject({
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      branch: 'main',
      pusher: 'monalisa',
      created: false,
      deleted: false,
      forced: false,
      totalCommits: 3,
      totalIsLowerBound: false,
    });
    expect(e.commits[0]).toEqual({
      sha: `0000001${'a'.repeat(33)}`,
      subject: 'Change number 1',
      author: 'Mona Lisa',
      url: `https://github.com/octo-org/octo-repo/commit/0000001${'a'.repeat(33)}`,
    });
  });

  it('keeps 20 commits but the real total', () => {
    const e = eventOf('push', pushPayload({}, 57), 'push');
    expect(e.commits).toHaveLength(20);
    expect(e.totalCommits).toBe(57);
  });

  it('marks the total as a lower bound when GitHub capped the list', () => {
    const e = eventOf('push', pushPayload({}, 2048), 'push');
    expect(e.totalIsLowerBound).toBe(true);
  });

  it('keeps slashes in branch names', () => {
    const e = eventOf('push', pushPayload({ ref: 'refs/heads/feature/login' }), 'push');
    expect(e.branch).toBe('feature/login');
  });

  it('falls back to the sender when the pusher is absent', () => {
    const e = eventOf('push', without(pushPayload(), 'pusher'), 'push');
    expect(e.pusher).toBe('monalisa');
  });

  it('turns a tag push into a tag event', () => {
    const payload = pushPayload({ ref: 'refs/tags/v1.2.0', created: true, compare: null }, 0);
    expect(eventOf('push', payload, 'tag')).toEqual({
      source: 'github',
      type: 'tag',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      tag: 'v1.2.0',
      change: 'created',
      pusher: 'monalisa',
      after: '2'.repeat(40),
      url: 'https://github.com/octo-org/octo-repo/releases/tag/v1.2.0',
    });
  });

  it('reads a deleted tag, which has nothing left to link to', () => {
    const payload = pushPayload({ ref: 'refs/tags/v1', deleted: true, after: ZERO }, 0);
    expect(eventOf('push', payload, 'tag')).toMatchObject({ change: 'deleted', url: undefined });
  });

  it.each([
    ['ref', 'ref'],
    ['repository', 'repository'],
    ['repository.html_url', 'repository.html_url'],
    ['commits', 'commits'],
  ])('calls a push without %s malformed', (path, named) => {
    expect(malformedMessage('push', without(pushPayload(), path))).toContain(`missing ${named}`);
  });

  it('names a bad commit by its position', () => {
    const payload = pushPayload({ commits: [commit(1), { id: 'abcdef1', message: 'x' }] });
    expect(malformedMessage('push', payload)).toMatch(/commits\.1\.url/);
  });

  it.each([
    ['a word', 'not-a-sha'],
    ['hex with a space', 'abcdef1 abcdef'],
    ['too short', 'abc123'],
    ['too long', 'a'.repeat(65)],
  ])('calls a commit id that is %s malformed', (_name, id) => {
    const payload = pushPayload({ commits: [commit(1, { id })] });
    expect(malformedMessage('push', payload)).toBe(
      'push payload has invalid commits.0.id: Expected a commit sha',
    );
  });

  it('calls an "after" that is not a sha malformed', () => {
    expect(malformedMessage('push', pushPayload({ after: 'HEAD' }))).toBe(
      'push payload has invalid after: Expected a commit sha',
    );
  });

  it('accepts SHA-256 and upper-case commit ids', () => {
    const long = 'b'.repeat(64);
    const upper = 'ABCDEF0'.padEnd(40, 'A');
    const e = eventOf(
      'push',
      pushPayload({ commits: [commit(1, { id: long }), commit(2, { id: upper })] }),
      'push',
    );
    expect(e.commits.map((c) => c.sha)).toEqual([long, upper]);
  });

  it('calls a push with neither pusher nor sender malformed', () => {
    const payload = without(without(pushPayload(), 'pusher'), 'sender');
    expect(malformedMessage('push', payload)).toBe('push payload is missing pusher.name');
  });

  it('refuses links that are not http(s)', () => {
    const payload = pushPayload({ repository: { html_url: 'javascript:alert(1)' } });
    expect(malformedMessage('push', payload)).toMatch(/repository\.html_url/);
  });
});

describe('GitHub push: card', () => {
  const card = (payload: Record<string, unknown>) => cardFor('push', payload);

  it('titles a push with the commit count and branch and lists the commits', () => {
    const c = githubCard(eventOf('push', pushPayload({}, 5), 'push'));
    expect(c.title).toBe('[octo-org/octo-repo] 5 new commits to main');
    expect(c.titleUrl).toBe(
      'https://github.com/octo-org/octo-repo/compare/111111111111...222222222222',
    );
    expect(c.subtitle).toBe('Pushed by monalisa');
    expect(c.source).toBe('GitHub');
    expect(c.list?.label).toBe('commits');
    expect(c.list?.total).toBe(5);
    expect(c.list?.moreUrl).toBe(c.titleUrl);
    expect(c.list?.items[1]).toEqual({
      code: '0000002',
      text: 'Change number 2',
      detail: 'Mona Lisa',
      url: `https://github.com/octo-org/octo-repo/commit/0000002${'a'.repeat(33)}`,
    });
    expect(c.links).toEqual([
      { title: 'View changes', url: c.titleUrl },
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('links the branch, with its slashes kept, when there is no compare view', () => {
    const c = card(pushPayload({ ref: 'refs/heads/feature/a b', compare: null }, 1));
    const branch = 'https://github.com/octo-org/octo-repo/tree/feature/a%20b';
    expect(c.titleUrl).toBe(branch);
    expect(c.links).toEqual([
      { title: 'View branch', url: branch },
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('says "commit" for one commit', () => {
    const c = githubCard(eventOf('push', pushPayload({}, 1), 'push'));
    expect(c.title).toBe('[octo-org/octo-repo] 1 new commit to main');
  });

  it('shows 20 commits of a large push with the real total', () => {
    const c = githubCard(eventOf('push', pushPayload({}, 57), 'push'));
    expect(c.list?.items).toHaveLength(20);
    expect(c.list?.total).toBe(57);
    expect(c.title).toContain('57 new commits');
  });

  it('shows a capped total as "2048+"', () => {
    const c = githubCard(eventOf('push', pushPayload({}, 2048), 'push'));
    expect(c.title).toContain('2048+ new commits');
  });

  it('announces a new branch', () => {
    const c = card(
      pushPayload({ ref: 'refs/heads/feature/login', created: true, before: ZERO }, 1),
    );
    expect(c.title).toBe('[octo-org/octo-repo] new branch feature/login with 1 new commit');
  });

  it('announces a new branch without new commits', () => {
    const c = card(pushPayload({ ref: 'refs/heads/hotfix', created: true }, 0));
    expect(c.title).toBe('[octo-org/octo-repo] new branch hotfix');
    expect(c.list).toBeUndefined();
  });

  it('flags a force-push', () => {
    const c = card(pushPayload({ forced: true }, 2));
    expect(c.title).toBe('[octo-org/octo-repo] main force-pushed with 2 new commits');
    expect(c.subtitle).toBe('Force-pushed by monalisa');
    expect(c.accent).toBe('warning');
  });

  it('describes a push that lists no commits by where the branch now points', () => {
    const c = card(pushPayload({}, 0));
    expect(c.title).toBe('[octo-org/octo-repo] main moved to 2222222');
  });

  it('announces a deleted branch without a list', () => {
    const payload = pushPayload({ ref: 'refs/heads/old', deleted: true, after: ZERO }, 0);
    const c = card(payload);
    expect(c.title).toBe('[octo-org/octo-repo] branch old deleted by monalisa');
    expect(c.list).toBeUndefined();
  });

  it('renders a deleted tag as "tag X deleted by Y" with no list', () => {
    const payload = pushPayload({ ref: 'refs/tags/v1', deleted: true, after: ZERO }, 0);
    const c = card(payload);
    expect(c.title).toBe('[octo-org/octo-repo] tag v1 deleted by monalisa');
    expect(c.list).toBeUndefined();
    expect(c.links).toEqual([
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('renders created and moved tags with a link to the tag', () => {
    const created = card(pushPayload({ ref: 'refs/tags/v2', created: true }, 0));
    expect(created.title).toBe('[octo-org/octo-repo] tag v2 created by monalisa');
    expect(created.links).toEqual([
      { title: 'View tag', url: 'https://github.com/octo-org/octo-repo/releases/tag/v2' },
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
    const moved = card(pushPayload({ ref: 'refs/tags/v2', forced: true }, 0));
    expect(moved.title).toBe('[octo-org/octo-repo] tag v2 moved to 2222222 by monalisa');
  });
});

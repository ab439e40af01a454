import { describe, expect, it } from 'vitest';
import {
  HASH_A,
  HASH_B,
  REPO_URL,
  change,
  commit,
  pushPayload,
} from '../../fixtures/bitbucket/payloads.js';
import { cardFor, eventOf, factsOf } from '../../fixtures/bitbucket/request.js';

const COMPARE = `${REPO_URL}/branches/compare/${HASH_B}..${HASH_A}`;

describe('Bitbucket push card', () => {
  it('lists the commits of a branch update, linking the compare view', () => {
    const card = cardFor('repo:push', pushPayload());
    expect(card.title).toBe('[team/app] 2 new commits to main');
    expect(card.subtitle).toBe('Pushed by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.titleUrl).toBe(COMPARE);
    const hash = String(commit(1).hash);
    expect(card.list?.items[0]).toEqual({
      code: hash.slice(0, 7),
      text: 'Commit 1',
      detail: 'Author 1',
      url: `${REPO_URL}/commits/${hash}`,
    });
    expect(card.list?.moreUrl).toBe(COMPARE);
    expect(card.links).toEqual([
      { title: 'View changes', url: COMPARE },
      { title: 'View repository', url: REPO_URL },
    ]);
  });

  it('falls back to the raw author without the e-mail address', () => {
    const noUser = commit(1, { author: { raw: 'Jo Bloggs <jo@example.com>', user: null } });
    const e = eventOf('repo:push', pushPayload([change({ commits: [noUser] })]), 'push');
    expect(e.changes[0]?.commits[0]?.author).toBe('Jo Bloggs');
  });

  it('says a list Bitbucket truncated has more commits', () => {
    const card = cardFor('repo:push', pushPayload([change({ truncated: true })]));
    expect(card.title).toBe('[team/app] 2+ new commits to main');
  });

  it('says a new branch was created, and links the branch', () => {
    const card = cardFor(
      'repo:push',
      pushPayload([
        change({
          old: null,
          created: true,
          new: { name: 'feature/x' },
          links: { html: { href: `${REPO_URL}/branch/feature/x` } },
        }),
      ]),
    );
    expect(card.title).toBe('[team/app] New branch feature/x with 2 new commits');
    expect(card.links[0]).toEqual({ title: 'View branch', url: `${REPO_URL}/branch/feature/x` });
  });

  it('says a branch was deleted, linking only the repository', () => {
    const card = cardFor(
      'repo:push',
      pushPayload([change({ new: null, closed: true, commits: [], links: {} })]),
    );
    expect(card.title).toBe('[team/app] Branch main deleted by Jane Doe');
    expect(card.accent).toBe('default');
    expect(card.list).toBeUndefined();
    expect(card.links).toEqual([{ title: 'View repository', url: REPO_URL }]);
  });

  it('marks a force-push as a warning', () => {
    const card = cardFor('repo:push', pushPayload([change({ forced: true })]));
    expect(card.title).toBe('[team/app] main force-pushed with 2 new commits');
    expect(card.accent).toBe('warning');
  });

  it('names a tag and the commit it points at', () => {
    const card = cardFor(
      'repo:push',
      pushPayload([
        change({ old: null, created: true, new: { type: 'tag', name: 'v1.0' }, commits: [] }),
      ]),
    );
    expect(card.title).toBe('[team/app] Tag v1.0 created by Jane Doe');
    expect(card.links[0]?.title).toBe('View tag');
  });

  it('gives each ref of a push to several its own line, and lists all their commits', () => {
    const card = cardFor(
      'repo:push',
      pushPayload([
        change(),
        change({ old: null, created: true, new: { name: 'dev' }, commits: [commit(3)] }),
        change({ new: null, old: { name: 'old-work' }, closed: true, commits: [] }),
      ]),
    );
    expect(card.title).toBe('[team/app] Push to 3 branches');
    expect(factsOf(card)).toEqual({
      main: '2 new commits',
      dev: 'new branch, 1 new commit',
      'old-work': 'deleted',
    });
    expect(card.list?.items.map((i) => i.detail)).toEqual([
      'Author 1 · main',
      'Author 2 · main',
      'Author 3 · dev',
    ]);
    expect(card.list?.total).toBe(3);
  });

  it('refuses a push whose kept commits are not commits', () => {
    expect(() =>
      eventOf('repo:push', pushPayload([change({ commits: [{ hash: 'zz' }] })]), 'push'),
    ).toThrow(/push\.changes\.0\.commits\.0\.hash/);
  });
});

import { describe, expect, it } from 'vitest';
import { cardOf, envelope, eventOf, factsOf, ORG, REPO_WEB, repository } from './fixtures.js';

const SHA_A = '1111111111111111111111111111111111111111';
const SHA_B = '2222222222222222222222222222222222222222';
const ZERO = '0000000000000000000000000000000000000000';

const push = (over: Record<string, unknown> = {}) =>
  envelope('git.push', {
    repository: repository(),
    pushedBy: { displayName: 'Ana Silva' },
    refUpdates: [{ name: 'refs/heads/main', oldObjectId: SHA_A, newObjectId: SHA_B }],
    commits: [
      {
        commitId: SHA_B,
        comment: 'Fix the header\n\nLong body',
        author: { name: 'Ana Silva' },
        url: `${ORG}/_apis/git/repositories/r-1/commits/${SHA_B}`,
      },
    ],
    ...over,
  });

describe('git.push', () => {
  it('names repository, branch and pusher, and lists commits linked to their web pages', () => {
    const card = cardOf(push());
    expect(card.title).toBe('[Shop/shop-web] 1 new commit to main');
    expect(card.subtitle).toBe('Pushed by Ana Silva');
    expect(card.accent).toBe('accent');
    // The clone URL's user name is not part of any link.
    expect(card.titleUrl).toBe(`${REPO_WEB}?version=GBmain`);
    expect(card.list).toEqual({
      label: 'commits',
      items: [
        {
          code: '22222222',
          text: 'Fix the header',
          detail: 'Ana Silva',
          url: `${REPO_WEB}/commit/${SHA_B}`,
        },
      ],
      total: 1,
      moreUrl: `${REPO_WEB}?version=GBmain`,
    });
    expect(card.links.map((l) => l.title)).toEqual(['View branch', 'View repository']);
  });

  it('prefers the repository webUrl and keeps a commit URL that is already a web page', () => {
    const repo = { ...repository(), webUrl: 'https://dev.azure.com/northwind/Shop/_git/web2' };
    const commits = [{ commitId: SHA_A, comment: 'x', url: 'https://dev.azure.com/c/1' }];
    const card = cardOf(push({ repository: repo, commits }));
    expect(card.titleUrl).toBe('https://dev.azure.com/northwind/Shop/_git/web2?version=GBmain');
    expect(card.list?.items[0]?.url).toBe('https://dev.azure.com/c/1');
  });

  it('tells new and deleted branches and tags apart', () => {
    expect(
      cardOf(
        push({
          refUpdates: [{ name: 'refs/heads/dev', oldObjectId: ZERO, newObjectId: SHA_A }],
          commits: [],
        }),
      ).title,
    ).toBe('[Shop/shop-web] New branch dev');
    const deleted = cardOf(
      push({
        refUpdates: [{ name: 'refs/heads/old', oldObjectId: SHA_A, newObjectId: ZERO }],
        commits: [],
      }),
    );
    expect(deleted.title).toBe('[Shop/shop-web] Branch old deleted');
    expect(deleted.accent).toBe('default');
    expect(deleted.links.map((l) => l.title)).toEqual(['View repository']);
    const tag = cardOf(
      push({
        refUpdates: [{ name: 'refs/tags/v1.0', oldObjectId: ZERO, newObjectId: SHA_A }],
        commits: [],
      }),
    );
    expect(tag.title).toBe('[Shop/shop-web] New tag v1.0');
    expect(tag.titleUrl).toBe(`${REPO_WEB}?version=GTv1.0`);
  });

  it('shows a repository named after its project once', () => {
    const repo = { ...repository(), name: 'Shop' };
    expect(cardOf(push({ repository: repo })).title).toBe('[Shop] 1 new commit to main');
  });

  it('keeps the first 20 commits, counts the rest, and skips a malformed one', () => {
    const commits = Array.from({ length: 100 }, (_, i) => ({
      commitId: i === 3 ? 'not-a-sha' : SHA_A,
      comment: `commit ${i}`,
    }));
    const event = eventOf(push({ commits }));
    if (event.kind !== 'push') throw new Error(event.kind);
    expect(event.commits).toHaveLength(19);
    expect(event.totalCommits).toBe(100);
    expect(cardOf(push({ commits })).title).toBe('[Shop/shop-web] 100 new commits to main');
  });
});

const pr = (over: Record<string, unknown> = {}) => ({
  repository: repository(),
  pullRequestId: 42,
  status: 'active',
  createdBy: { displayName: 'Ana Silva' },
  title: 'Add search',
  description: 'Adds a search box.',
  sourceRefName: 'refs/heads/feature/search',
  targetRefName: 'refs/heads/main',
  mergeStatus: 'succeeded',
  isDraft: false,
  reviewers: [
    { displayName: 'Bo Chen', vote: 0 },
    { displayName: 'Cy Diaz', vote: 10 },
  ],
  ...over,
});

describe('git.pullrequest.*', () => {
  it('created: number, title, author, branches, reviewers, description, link', () => {
    const card = cardOf(envelope('git.pullrequest.created', pr()));
    expect(card.title).toBe('[Shop/shop-web] Pull request !42 created: Add search');
    expect(card.titleUrl).toBe(`${REPO_WEB}/pullrequest/42`);
    expect(card.subtitle).toBe('Created by Ana Silva');
    expect(card.accent).toBe('accent');
    expect(card.text).toBe('Adds a search box.');
    expect(factsOf(card)).toEqual({
      Author: 'Ana Silva',
      Branches: 'feature/search → main',
      Reviewers: 'Bo Chen, Cy Diaz',
    });
    expect(card.links).toEqual([{ title: 'View pull request', url: `${REPO_WEB}/pullrequest/42` }]);
  });

  it('prefers _links.web and says how many reviewers were not kept', () => {
    const reviewers = Array.from({ length: 14 }, (_, i) => ({ displayName: `R${i}` }));
    const card = cardOf(
      envelope(
        'git.pullrequest.created',
        pr({ reviewers, _links: { web: { href: 'https://x.example/pr/42' } } }),
      ),
    );
    expect(card.titleUrl).toBe('https://x.example/pr/42');
    expect(factsOf(card).Reviewers).toMatch(/^R0, R1, .*R9 and 4 more$/);
  });

  it('a draft is not yet news for reviewers', () => {
    const card = cardOf(envelope('git.pullrequest.created', pr({ isDraft: true })));
    expect(card.title).toContain('Draft pull request !42 created');
    expect(card.accent).toBe('default');
  });

  it('merged: the completion, merge commit, strategy and who closed it, in green', () => {
    const card = cardOf(
      envelope(
        'git.pullrequest.merged',
        pr({
          status: 'completed',
          closedBy: { displayName: 'Cy Diaz' },
          closedDate: '2026-05-01T09:59:00Z',
          lastMergeCommit: { commitId: 'abcdef0123456789abcdef0123456789abcdef01' },
          completionOptions: { mergeStrategy: 'rebaseMerge' },
        }),
      ),
    );
    expect(card.title).toBe('[Shop/shop-web] Pull request !42 merged: Add search');
    expect(card.subtitle).toBe('Merged by Cy Diaz');
    expect(card.accent).toBe('good');
    expect(factsOf(card)).toMatchObject({
      Status: 'completed',
      'Merge status': 'succeeded',
      'Merge commit': 'abcdef01',
      'Merge strategy': 'rebase merge',
      'Closed by': 'Cy Diaz',
      'Closed at': '2026-05-01 09:59 UTC',
    });
  });

  it('merged with conflicts is a failure, and a merge commit alone is not a completion', () => {
    const conflicts = cardOf(envelope('git.pullrequest.merged', pr({ mergeStatus: 'conflicts' })));
    expect(conflicts.title).toContain('!42 has merge conflicts');
    expect(conflicts.accent).toBe('attention');
    const pending = cardOf(envelope('git.pullrequest.merged', pr()));
    expect(pending.title).toContain('!42 merge commit created');
  });

  it('updated: the message says what changed; abandoned reads as such', () => {
    const card = cardOf(
      envelope('git.pullrequest.updated', pr({ status: 'abandoned' }), {
        message: { text: 'Ana Silva abandoned pull request 42 (Add search) in shop-web' },
      }),
    );
    expect(card.title).toContain('Pull request !42 abandoned: Add search');
    expect(card.subtitle).toBe('Ana Silva abandoned pull request 42 (Add search) in shop-web');
    expect(card.text).toBeUndefined();
    expect(factsOf(card).Status).toBe('abandoned');
  });

  it('comment event: who commented and what, on the pull request', () => {
    const card = cardOf(
      envelope('ms.vss-code.git-pullrequest-comment-event', {
        comment: { content: 'Looks good to me', author: { displayName: 'Bo Chen' } },
        pullRequest: pr(),
      }),
    );
    expect(card.title).toContain('Pull request !42 commented on: Add search');
    expect(card.subtitle).toBe('Commented on by Bo Chen');
    expect(card.text).toBe('Looks good to me');
  });
});

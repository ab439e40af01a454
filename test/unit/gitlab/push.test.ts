import { describe, expect, it } from 'vitest';
import {
  PROJECT_URL,
  SHA_A,
  SHA_B,
  ZERO,
  commit,
  pushPayload,
  tagPushPayload,
} from '../../fixtures/gitlab/payloads.js';
import { cardFor, eventOf, factsOf } from '../../fixtures/gitlab/request.js';

describe('GitLab push card', () => {
  it('lists the commits with short shas, subjects, authors and links', () => {
    const card = cardFor('Push Hook', pushPayload());
    expect(card.title).toBe('[team/app] 2 new commits to main');
    expect(card.subtitle).toBe('Pushed by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.list?.items[0]).toEqual({
      code: String(commit(1).id).slice(0, 8),
      text: 'Commit number 1',
      detail: 'Author 1',
      url: `${PROJECT_URL}/-/commit/${String(commit(1).id)}`,
    });
  });

  it('builds the compare link from the project URL and before/after', () => {
    const card = cardFor('Push Hook', pushPayload());
    const compare = `${PROJECT_URL}/-/compare/${SHA_A}...${SHA_B}`;
    expect(card.titleUrl).toBe(compare);
    expect(card.list?.moreUrl).toBe(compare);
    expect(card.links[0]).toEqual({ title: 'Compare changes', url: compare });
  });

  it('counts total_commits_count, beyond the 20 commits GitLab lists', () => {
    const commits = Array.from({ length: 20 }, (_, i) => commit(i));
    const card = cardFor('Push Hook', pushPayload({ commits, total_commits_count: 57 }));
    expect(card.title).toBe('[team/app] 57 new commits to main');
    expect(card.list).toMatchObject({ total: 57 });
    expect(card.list?.items).toHaveLength(20);
  });

  it('uses the title field when GitLab sends one, and the first message line otherwise', () => {
    const e = eventOf(
      'Push Hook',
      pushPayload({ commits: [commit(1, { title: null, message: 'First line\nSecond' })] }),
      'push',
    );
    expect(e.commits[0]?.subject).toBe('First line');
  });

  it('says a new branch was created, linking the branch rather than a compare view', () => {
    const card = cardFor('Push Hook', pushPayload({ before: ZERO, ref: 'refs/heads/feature/x' }));
    expect(card.title).toBe('[team/app] New branch feature/x with 2 new commits');
    expect(card.titleUrl).toBe(`${PROJECT_URL}/-/tree/feature/x`);
    expect(card.links[0]).toEqual({ title: 'View branch', url: `${PROJECT_URL}/-/tree/feature/x` });
  });

  it('says a branch was deleted, without commits or a branch link', () => {
    const card = cardFor(
      'Push Hook',
      pushPayload({ after: ZERO, commits: [], total_commits_count: 0 }),
    );
    expect(card.title).toBe('[team/app] Branch main deleted by Jane Doe');
    expect(card.accent).toBe('default');
    expect(card.list).toBeUndefined();
    expect(card.links).toEqual([{ title: 'View project', url: PROJECT_URL }]);
  });

  it('says where a push without commits moved the branch', () => {
    const card = cardFor('Push Hook', pushPayload({ commits: [], total_commits_count: 0 }));
    expect(card.title).toBe(`[team/app] main moved to ${SHA_B.slice(0, 8)}`);
  });

  it('refuses a push whose kept commits are not commits', () => {
    const result = eventOrMessage(pushPayload({ commits: [{ id: 'not a sha' }] }));
    expect(result).toMatch(/commits\.0\.id/);
  });
});

function eventOrMessage(payload: Record<string, unknown>): string {
  try {
    eventOf('Push Hook', payload, 'push');
    return 'event';
  } catch (error) {
    return String(error);
  }
}

describe('GitLab tag push card', () => {
  it('names the tag, who pushed it and the commit it points at', () => {
    const card = cardFor('Tag Push Hook', tagPushPayload());
    expect(card.title).toBe('[team/app] Tag v1.2.0 created by Jane Doe');
    expect(factsOf(card)).toEqual({ Commit: SHA_B.slice(0, 8) });
    expect(card.titleUrl).toBe(`${PROJECT_URL}/-/tags/v1.2.0`);
    expect(card.accent).toBe('accent');
  });

  it('says a tag was deleted, with no tag page to link', () => {
    const card = cardFor(
      'Tag Push Hook',
      tagPushPayload({ before: SHA_B, after: ZERO, checkout_sha: null }),
    );
    expect(card.title).toBe('[team/app] Tag v1.2.0 deleted by Jane Doe');
    expect(card.facts).toEqual([]);
    expect(card.links).toEqual([{ title: 'View project', url: PROJECT_URL }]);
  });

  it('shows an annotated tag’s message', () => {
    const card = cardFor('Tag Push Hook', tagPushPayload({ message: 'Release 1.2.0' }));
    expect(card.text).toBe('Release 1.2.0');
  });
});

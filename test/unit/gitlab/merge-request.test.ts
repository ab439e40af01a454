import { describe, expect, it } from 'vitest';
import { PROJECT_URL, SHA_B, mergeRequestPayload } from '../../fixtures/gitlab/payloads.js';
import { cardFor, eventOf, factsOf } from '../../fixtures/gitlab/request.js';

const MR_URL = `${PROJECT_URL}/-/merge_requests/7`;
const withAction = (action: string, over: Record<string, unknown> = {}) =>
  mergeRequestPayload({ object_attributes: { action, ...over } });

describe('GitLab merge request card', () => {
  it('shows an opened request: number, title, branches, people, labels, description', () => {
    const card = cardFor('Merge Request Hook', mergeRequestPayload());
    expect(card.title).toBe('[team/app] Merge request !7 opened: Add caching');
    expect(card.titleUrl).toBe(MR_URL);
    expect(card.subtitle).toBe('Opened by Jane Doe');
    expect(card.accent).toBe('accent');
    expect(card.text).toBe('Caches the thing.');
    expect(factsOf(card)).toEqual({
      Branches: 'feature/cache → main',
      Assignees: 'Sam Roe',
      Reviewers: 'Kim Poe',
      Labels: 'backend',
    });
    expect(card.links).toEqual([{ title: 'View merge request', url: MR_URL }]);
  });

  it('shows who merged it and the merge commit, in green, without the description', () => {
    const card = cardFor(
      'Merge Request Hook',
      withAction('merge', { state: 'merged', merge_commit_sha: SHA_B }),
    );
    expect(card.title).toBe('[team/app] Merge request !7 merged: Add caching');
    expect(card.accent).toBe('good');
    expect(card.text).toBeUndefined();
    expect(factsOf(card)).toMatchObject({
      'Merged by': 'Jane Doe',
      'Merge commit': SHA_B.slice(0, 8),
    });
  });

  it('colours a closed request red and says nothing of a merge commit it never had', () => {
    const card = cardFor('Merge Request Hook', withAction('close', { merge_commit_sha: SHA_B }));
    expect(card.title).toContain('!7 closed');
    expect(card.accent).toBe('attention');
    expect(factsOf(card)['Merge commit']).toBeUndefined();
  });

  it.each([
    ['approved', 'approved', 'good'],
    ['approval', 'approved', 'good'],
    ['unapproved', 'no longer approved', 'default'],
    ['unapproval', 'approval removed', 'default'],
    ['reopen', 'reopened', 'accent'],
  ])('words action %s as "%s" (%s)', (action, verb, accent) => {
    const card = cardFor('Merge Request Hook', withAction(action));
    expect(card.title).toBe(`[team/app] Merge request !7 ${verb}: Add caching`);
    expect(card.accent).toBe(accent);
  });

  it('names what an update changed, leaving out the bookkeeping fields', () => {
    const changes = {
      updated_at: { previous: 'a', current: 'b' },
      updated_by_id: { previous: null, current: 1 },
      title: { previous: 'Old', current: 'Add caching' },
      target_branch: { previous: 'dev', current: 'main' },
    };
    const card = cardFor(
      'Merge Request Hook',
      mergeRequestPayload({ object_attributes: { action: 'update' }, changes }),
    );
    expect(factsOf(card).Changed).toBe('title, target branch');
  });

  it('says a draft is a draft', () => {
    const card = cardFor('Merge Request Hook', withAction('open', { draft: true }));
    expect(card.title).toContain('Draft merge request !7 opened');
    expect(factsOf(card).Draft).toBe('yes');
  });

  it('reads the single assignee of older payloads and their state when there is no action', () => {
    const payload = mergeRequestPayload({
      object_attributes: { action: null, state: 'merged' },
      assignees: null,
      assignee: { name: 'Old Style' },
    });
    const e = eventOf('Merge Request Hook', payload, 'merge_request');
    expect(e.assignees).toEqual(['Old Style']);
    expect(cardFor('Merge Request Hook', payload).title).toContain('!7 merged');
  });
});

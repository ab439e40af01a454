import { describe, expect, it } from 'vitest';
import {
  PROJECT_URL,
  commit,
  deploymentPayload,
  releasePayload,
} from '../../fixtures/gitlab/payloads.js';
import { cardFor, factsOf } from '../../fixtures/gitlab/request.js';

describe('GitLab release card', () => {
  it('shows a new release with its notes, tag, commit and assets', () => {
    const card = cardFor('Release Hook', releasePayload());
    expect(card.title).toBe('[team/app] Release Spring release (v1.1) created');
    expect(card.accent).toBe('good');
    expect(card.text).toBe('Many fixes.');
    expect(factsOf(card)).toEqual({
      Tag: 'v1.1',
      Commit: `${String(commit(5).id).slice(0, 8)} Commit number 5`,
      Assets: '4',
    });
    expect(card.links).toEqual([
      { title: 'View release', url: `${PROJECT_URL}/-/releases/v1.1` },
      { title: 'View tag', url: `${PROJECT_URL}/-/tags/v1.1` },
    ]);
  });

  it('names a release by its tag alone when the name repeats it', () => {
    expect(cardFor('Release Hook', releasePayload({ name: 'v1.1' })).title).toBe(
      '[team/app] Release v1.1 created',
    );
  });

  it('links only the project once a release is deleted, and shows no notes on edits', () => {
    const deleted = cardFor('Release Hook', releasePayload({ action: 'delete' }));
    expect(deleted.links).toEqual([{ title: 'View project', url: PROJECT_URL }]);
    expect(deleted.accent).toBe('default');
    expect(cardFor('Release Hook', releasePayload({ action: 'update' })).text).toBeUndefined();
  });
});

describe('GitLab deployment card', () => {
  it('shows a successful deployment with environment, commit, job and environment links', () => {
    const card = cardFor('Deployment Hook', deploymentPayload());
    expect(card.title).toBe('[team/app] Deployment to production succeeded');
    expect(card.accent).toBe('good');
    expect(card.subtitle).toBe('Deployed by Jane Doe');
    expect(factsOf(card)).toEqual({
      Environment: 'production',
      Status: 'success',
      Commit: 'da156088 Ship it',
    });
    expect(card.links.map((l) => l.title)).toEqual([
      'View job',
      'Open environment',
      'View commit',
      'View project',
    ]);
  });

  it.each([
    ['failed', 'failed', 'attention'],
    ['running', 'started', 'accent'],
    ['canceled', 'was canceled', 'default'],
  ])('words status %s as "%s" (%s)', (status, phrase, accent) => {
    const card = cardFor('Deployment Hook', deploymentPayload({ status }));
    expect(card.title).toBe(`[team/app] Deployment to production ${phrase}`);
    expect(card.accent).toBe(accent);
  });

  it('links the project when an API deployment has no job and no external URL', () => {
    const card = cardFor(
      'Deployment Hook',
      deploymentPayload({ deployable_url: null, environment_external_url: '', commit_url: null }),
    );
    expect(card.titleUrl).toBe(PROJECT_URL);
    expect(card.links).toEqual([{ title: 'View project', url: PROJECT_URL }]);
  });
});

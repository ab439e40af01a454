import { describe, expect, it } from 'vitest';
import { PROJECT_URL, project, user } from '../../fixtures/gitlab/payloads.js';
import { cardFor, factsOf, interpret } from '../../fixtures/gitlab/request.js';

describe('GitLab hooks without a dedicated card', () => {
  it('names a wiki page change with its title, author and link', () => {
    const card = cardFor('Wiki Page Hook', {
      object_kind: 'wiki_page',
      user,
      project,
      object_attributes: {
        title: 'Runbook',
        action: 'update',
        url: `${PROJECT_URL}/-/wikis/runbook`,
      },
    });
    expect(card.title).toBe('[team/app] Wiki page update: Runbook');
    expect(card.subtitle).toBe('By Jane Doe');
    expect(card.titleUrl).toBe(`${PROJECT_URL}/-/wikis/runbook`);
    expect(card.links.map((l) => l.title)).toEqual(['View on GitLab', 'View project']);
  });

  it('says whether a feature flag is now on or off', () => {
    const card = cardFor('Feature Flag Hook', {
      object_kind: 'feature_flag',
      user,
      project,
      object_attributes: { id: 6, name: 'new-checkout', active: false },
    });
    expect(card.title).toBe('[team/app] Feature flag: new-checkout');
    expect(factsOf(card).State).toBe('off');
  });

  it('colours a high-severity vulnerability red', () => {
    const card = cardFor('Vulnerability Hook', {
      object_kind: 'vulnerability',
      object_attributes: {
        title: 'REXML DoS',
        state: 'confirmed',
        severity: 'high',
        url: `${PROJECT_URL}/-/security/vulnerabilities/1`,
      },
    });
    expect(card.title).toBe('GitLab Vulnerability: REXML DoS');
    expect(card.accent).toBe('attention');
    expect(factsOf(card)).toMatchObject({ State: 'confirmed', Severity: 'high' });
  });

  it('names group member changes by the group and what happened', () => {
    const card = cardFor('Member Hook', {
      group_name: 'Web',
      group_path: 'web',
      user_name: 'Test User',
      group_access: 'Guest',
      event_name: 'user_add_to_group',
    });
    expect(card.title).toBe('[web] Member user add to group');
    expect(card.subtitle).toBe('By Test User');
  });

  it('names system hooks by their event_name', () => {
    const card = cardFor('System Hook', {
      event_name: 'project_create',
      name: 'storefront',
      path_with_namespace: 'jsmith/storefront',
    });
    expect(card.title).toBe('[jsmith/storefront] System hook project create: storefront');
    expect(factsOf(card)).toMatchObject({ Event: 'System Hook', Kind: 'project_create' });
  });

  it('still makes a card of an empty payload for a hook that may carry no object_kind', () => {
    const result = interpret('Subgroup Hook', {});
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.event.card.title).toBe('GitLab Subgroup');
    expect(result.event.card.facts).toEqual([{ title: 'Event', value: 'Subgroup Hook' }]);
  });

  it('reads nothing inherited for payload words like "constructor"', () => {
    const result = interpret('Push Hook', { object_kind: 'constructor' });
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.event.card.title).toBe('GitLab Push');
  });
});

import { describe, expect, it } from 'vitest';
import { githubCard } from '../../../src/connectors/github/cards/index.js';
import type { GitHubEvent } from '../../../src/connectors/github/events.js';
import { cardFor } from '../../fixtures/github/interpret.js';
import { pushPayload } from '../../fixtures/github/payloads.js';

describe('GitHub cards', () => {
  it('shows an event without a dedicated card as what happened where, and to what', () => {
    const c = cardFor('deploy_key', {
      action: 'created',
      key: { id: 100, title: 'ci-deploy', key: 'ssh-rsa AAAA', read_only: true },
      repository: {
        full_name: 'octo-org/octo-repo',
        html_url: 'https://github.com/octo-org/octo-repo',
      },
      sender: { login: 'hubot' },
    });
    expect(c.title).toBe('[octo-org/octo-repo] Deploy key created: ci-deploy');
    expect(c.titleUrl).toBe('https://github.com/octo-org/octo-repo');
    expect(c.subtitle).toBe('By hubot');
    expect(c.facts).toEqual([
      { title: 'Event', value: 'deploy_key' },
      { title: 'Action', value: 'created' },
    ]);
    expect(c.links).toEqual([
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('shows an organisation-level event without a repository by its organisation', () => {
    const c = cardFor('projects_v2', {
      action: 'closed',
      projects_v2: { id: 2, number: 4, title: 'Roadmap' },
      organization: { login: 'octo-org', url: 'https://api.github.com/orgs/octo-org' },
      sender: { login: 'octocat' },
    });
    expect(c.title).toBe('[octo-org] Project closed: #4 Roadmap');
    expect(c.titleUrl).toBe('https://github.com/octo-org');
    expect(c.links).toEqual([{ title: 'View organization', url: 'https://github.com/octo-org' }]);
  });

  it('still gives a card when the payload names no place at all', () => {
    const c = cardFor('gollum', {});
    expect(c.title).toBe('GitHub Wiki page');
    expect(c.titleUrl).toBeUndefined();
    expect(c.links).toEqual([]);
  });

  it('leaves escaping to the renderer: text stays exactly as written', () => {
    const payload = pushPayload({ ref: 'refs/heads/fix_*bold*' }, 1);
    expect(cardFor('push', payload).title).toBe('[octo-org/octo-repo] 1 new commit to fix_*bold*');
  });

  it('fails loudly on an event type it does not know', () => {
    const bogus = { source: 'github', type: 'nope' } as unknown as GitHubEvent;
    expect(() => githubCard(bogus)).toThrow(/no GitHub card/);
  });
});

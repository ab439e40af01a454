import { describe, expect, it } from 'vitest';
import { githubCard } from '../../../src/connectors/github/cards/index.js';
import type { GitHubEvent } from '../../../src/connectors/github/events.js';
import { cardFor } from '../../fixtures/github/interpret.js';
import { pushPayload } from '../../fixtures/github/payloads.js';

describe('GitHub cards', () => {
  it('shows an event without a dedicated card as what happened where', () => {
    const c = cardFor('pull_request_review', {
      action: 'submitted',
      repository: {
        full_name: 'octo-org/octo-repo',
        html_url: 'https://github.com/octo-org/octo-repo',
      },
      sender: { login: 'hubot' },
    });
    expect(c.title).toBe('[octo-org/octo-repo] pull request review: submitted');
    expect(c.subtitle).toBe('By hubot');
    expect(c.facts).toEqual([
      { title: 'Event', value: 'pull_request_review' },
      { title: 'Action', value: 'submitted' },
    ]);
    expect(c.links).toEqual([
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('shows an organisation-level event without a repository', () => {
    const c = cardFor('organization', { action: 'member_added', sender: { login: 'octocat' } });
    expect(c.title).toBe('GitHub organization: member added');
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

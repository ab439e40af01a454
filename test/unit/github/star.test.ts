import { describe, expect, it } from 'vitest';
import { cardFor, eventOf, malformedMessage } from '../../fixtures/github/interpret.js';
import { starPayload, watchPayload, without } from '../../fixtures/github/payloads.js';

describe('GitHub star and watch', () => {
  it('reads a star with the new total and time', () => {
    expect(eventOf('star', starPayload(), 'star')).toEqual({
      source: 'github',
      type: 'star',
      repo: { fullName: 'octo-org/octo-repo', url: 'https://github.com/octo-org/octo-repo' },
      starred: true,
      user: 'monalisa',
      total: 42,
      starredAt: '2024-03-01T12:30:45Z',
    });
  });

  it('reads an unstar', () => {
    const e = eventOf('star', starPayload({ action: 'deleted', starred_at: null }), 'star');
    expect(e.starred).toBe(false);
    expect(cardFor('star', starPayload({ action: 'deleted', starred_at: null })).title).toBe(
      '[octo-org/octo-repo] unstarred by monalisa',
    );
  });

  it('reads the legacy watch event as a star, counting watchers', () => {
    const payload = watchPayload({ repository: { stargazers_count: 1, watchers_count: 9 } });
    expect(eventOf('watch', payload, 'star')).toMatchObject({ starred: true, total: 9 });
  });

  it('calls a star without a sender malformed', () => {
    expect(malformedMessage('star', without(starPayload(), 'sender'))).toBe(
      'star payload is missing sender',
    );
  });

  it('shows who starred, the total and when', () => {
    const c = cardFor('star', starPayload());
    expect(c.title).toBe('[octo-org/octo-repo] starred by monalisa');
    expect(c.subtitle).toBe('Starred at 2024-03-01 12:30 UTC');
    expect(c.facts).toEqual([{ title: 'Stars', value: '42' }]);
    expect(c.links).toEqual([
      { title: 'View repository', url: 'https://github.com/octo-org/octo-repo' },
    ]);
  });

  it('shows a watch like a star', () => {
    expect(cardFor('watch', watchPayload()).title).toBe('[octo-org/octo-repo] starred by monalisa');
  });
});

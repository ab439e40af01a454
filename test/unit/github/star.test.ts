import { describe, expect, it } from 'vitest';
import { githubSender } from '../../../src/connectors/github/index.js';
import { cardFor, eventOf, interpret, malformedMessage } from '../../fixtures/github/interpret.js';
import { starPayload, watchPayload, without } from '../../fixtures/github/payloads.js';
import { githubRequest } from '../../fixtures/github/request.js';

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

/** GitHub delivers one star twice, as `star` and as `watch`, each under its own delivery id. */
describe('GitHub star de-duplication', () => {
  function deliveryIdOf(event: string, payload: unknown, delivery: string): string | undefined {
    const result = interpret(event, payload, { 'x-github-delivery': delivery });
    if (result.kind !== 'event') throw new Error(`expected an event, got ${result.kind}`);
    return result.deliveryId;
  }

  it('gives the star and the watch delivery of one star the same key', () => {
    const star = deliveryIdOf('star', starPayload(), 'aaaaaaaa-0000-4000-8000-000000000001');
    const watch = deliveryIdOf('watch', watchPayload(), 'bbbbbbbb-0000-4000-8000-000000000002');
    expect(star).toBe('star:octo-org/octo-repo:monalisa:created');
    expect(watch).toBe(star);
  });

  it('keeps the key through the registered sender, which the relay de-duplicates on', () => {
    const star = githubSender.interpret(starPayload(), githubRequest('star', starPayload()));
    const watch = githubSender.interpret(watchPayload(), githubRequest('watch', watchPayload()));
    expect(star).toMatchObject({
      kind: 'event',
      deliveryId: 'star:octo-org/octo-repo:monalisa:created',
    });
    expect(watch).toMatchObject({
      kind: 'event',
      deliveryId: 'star:octo-org/octo-repo:monalisa:created',
    });
  });

  it('keys an unstar apart from the star, and each user and repository apart', () => {
    const id = 'cccccccc-0000-4000-8000-000000000003';
    const unstar = deliveryIdOf('star', starPayload({ action: 'deleted' }), id);
    expect(unstar).toBe('star:octo-org/octo-repo:monalisa:deleted');
    const other = deliveryIdOf('star', starPayload({ sender: { login: 'hubot' } }), id);
    expect(other).toBe('star:octo-org/octo-repo:hubot:created');
    const elsewhere = starPayload({ repository: { full_name: 'octo-org/other' } });
    expect(deliveryIdOf('watch', elsewhere, id)).toBe('star:octo-org/other:monalisa:created');
  });

  it('leaves every other event keyed by its X-GitHub-Delivery id', () => {
    const id = 'dddddddd-0000-4000-8000-000000000004';
    expect(deliveryIdOf('gollum', { repository: {} }, id)).toBe(id);
  });
});

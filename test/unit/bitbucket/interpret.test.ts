import { describe, expect, it } from 'vitest';
import { pullRequestPayload, pushPayload, repository } from '../../fixtures/bitbucket/payloads.js';
import { REQUEST_UUID, interpret } from '../../fixtures/bitbucket/request.js';

describe('Bitbucket event keys', () => {
  it('names the event by X-Event-Key', () => {
    expect(interpret('pullrequest:created', pullRequestPayload())).toMatchObject({
      kind: 'event',
      eventName: 'pullrequest:created',
      deliveryId: REQUEST_UUID,
    });
  });

  it('refuses a delivery without X-Event-Key, saying the body names no event', () => {
    expect(interpret(undefined, pullRequestPayload())).toEqual({
      kind: 'malformed',
      message: 'X-Event-Key header is missing: Bitbucket names the event only there',
    });
    expect(interpret('  ', pushPayload())).toMatchObject({ kind: 'malformed' });
  });

  it('refuses keys that are not category:action', () => {
    for (const key of [
      'push',
      'repo:Push',
      'repo:push:x',
      'repo: push',
      `repo:${'a'.repeat(60)}`,
    ]) {
      expect(interpret(key, pushPayload()), key).toMatchObject({
        kind: 'malformed',
        message: 'X-Event-Key header is not a Bitbucket event key',
      });
    }
  });

  it('refuses a body that is not an object, and names what a pull request lacks', () => {
    expect(interpret('repo:push', [])).toMatchObject({ kind: 'malformed' });
    const { pullrequest: _pr, ...rest } = pullRequestPayload();
    expect(interpret('pullrequest:created', rest)).toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('missing pullrequest'),
    });
  });

  it('gives a pull request action it has no words for a pull request card anyway', () => {
    const result = interpret('pullrequest:auto_merge_enabled', pullRequestPayload());
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.event.card.title).toBe(
      '[team/app] Pull request #12 auto merge enabled: Add caching',
    );
  });

  it('gives an unknown key an informative card', () => {
    const result = interpret('repo:deployment_finished', {
      actor: { display_name: 'Jane' },
      repository,
    });
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.event.card.title).toBe('[team/app] Repository deployment finished');
    expect(result.event.card.subtitle).toBe('By Jane');
    expect(result.event.card.links).toEqual([
      { title: 'View repository', url: 'https://bitbucket.org/team/app' },
    ]);
  });
});

describe('Bitbucket delivery ids', () => {
  const id = (headers: Record<string, string | undefined>, body = '{"a":1}', key = 'repo:push') => {
    const result = interpret(key, pushPayload(), headers, body);
    return result.kind === 'event' ? result.deliveryId : result.kind;
  };

  it('uses X-Request-UUID', () => {
    expect(id({})).toBe(REQUEST_UUID);
  });

  it('without one, names the delivery by its key and bytes, the same on a retry', () => {
    const none = { 'x-request-uuid': undefined };
    const first = id(none);
    expect(first).toMatch(/^body-[0-9a-f]{64}$/);
    expect(id(none)).toBe(first);
    expect(id(none, '{"a":2}')).not.toBe(first);
    expect(id({ 'x-request-uuid': 'x'.repeat(200) })).toBe(first);
  });
});

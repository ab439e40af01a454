import { describe, expect, it } from 'vitest';
import { gitlabSender } from '../../../src/connectors/gitlab/index.js';
import { DELIVERY, interpret } from '../../fixtures/gitlab/request.js';
import {
  issuePayload,
  mergeRequestPayload,
  notePayload,
  project,
  pushPayload,
} from '../../fixtures/gitlab/payloads.js';

describe('GitLab event names', () => {
  it('names the event as X-Gitlab-Event sends it', () => {
    expect(interpret('Push Hook', pushPayload())).toMatchObject({
      kind: 'event',
      eventName: 'Push Hook',
    });
  });

  it('keeps confidential issues and comments under their own names for filters', () => {
    const issue = interpret('Confidential Issue Hook', issuePayload());
    expect(issue).toMatchObject({ kind: 'event', eventName: 'Confidential Issue Hook' });
    const note = interpret('Confidential Note Hook', notePayload());
    expect(note).toMatchObject({ kind: 'event', eventName: 'Confidential Note Hook' });
    expect(gitlabSender.defaultEvents).not.toContain('Confidential Issue Hook');
    expect(gitlabSender.defaultEvents).not.toContain('Confidential Note Hook');
    expect(gitlabSender.defaultEvents).toContain('Merge Request Hook');
  });

  it('refuses a missing or non-GitLab X-Gitlab-Event header', () => {
    expect(interpret(undefined, pushPayload())).toEqual({
      kind: 'malformed',
      message: 'X-Gitlab-Event header is missing',
    });
    for (const bad of ['push', 'Push Hook; drop', 'x'.repeat(80) + ' Hook']) {
      expect(interpret(bad, pushPayload()), bad).toMatchObject({ kind: 'malformed' });
    }
  });

  it('refuses a payload that is not an object, or a documented hook without object_kind', () => {
    expect(interpret('Push Hook', [1, 2])).toMatchObject({ kind: 'malformed' });
    const { object_kind: _kind, ...bare } = pushPayload();
    expect(interpret('Push Hook', bare)).toEqual({
      kind: 'malformed',
      message: 'Push Hook payload is missing object_kind',
    });
  });

  it('names the missing fields of a push it cannot read', () => {
    const { project: _p, ...noProject } = pushPayload();
    expect(interpret('Push Hook', noProject)).toMatchObject({
      kind: 'malformed',
      message: expect.stringContaining('missing project'),
    });
  });

  it('reads the payload by object_kind, whichever hook carried it (system hooks)', () => {
    const result = interpret('System Hook', pushPayload());
    expect(result).toMatchObject({ kind: 'event', eventName: 'System Hook' });
    if (result.kind === 'event') expect(result.event.card.title).toContain('2 new commits to main');
  });

  it('gives a hook it has no card for a card naming what happened', () => {
    const result = interpret('Package Hook', {
      object_kind: 'package',
      project,
      user: { name: 'Jane Doe' },
      object_attributes: { name: 'lib', action: 'publish', url: 'https://gitlab.example.com/p/1' },
    });
    if (result.kind !== 'event') throw new Error(JSON.stringify(result));
    expect(result.event.card.title).toBe('[team/app] Package publish: lib');
    expect(result.event.card.subtitle).toBe('By Jane Doe');
    expect(result.event.card.links.map((l) => l.url)).toContain('https://gitlab.example.com/p/1');
  });
});

describe('GitLab delivery ids', () => {
  const ids = (headers: Record<string, string | undefined>) => {
    const result = interpret('Merge Request Hook', mergeRequestPayload(), headers);
    return result.kind === 'event' ? result.deliveryId : `not an event: ${result.kind}`;
  };

  it('prefers Idempotency-Key, which GitLab keeps across retries', () => {
    expect(ids({ 'x-gitlab-event-uuid': 'event-uuid' })).toBe(DELIVERY);
  });

  it('falls back to X-Gitlab-Event-UUID, then webhook-id', () => {
    expect(ids({ 'idempotency-key': undefined, 'x-gitlab-event-uuid': 'event-uuid' })).toBe(
      'event-uuid',
    );
    expect(ids({ 'idempotency-key': undefined, 'webhook-id': 'msg-id' })).toBe('msg-id');
    // With none, the bytes name the delivery (the fixture's request has an empty body).
    expect(ids({ 'idempotency-key': undefined })).toMatch(/^body-[0-9a-f]{64}$/);
  });

  it('skips an id that is too long or not printable, keeping the work bounded', () => {
    expect(ids({ 'idempotency-key': 'x'.repeat(129), 'x-gitlab-event-uuid': 'ok-id' })).toBe(
      'ok-id',
    );
    expect(ids({ 'idempotency-key': 'has space', 'x-gitlab-event-uuid': 'ok-id' })).toBe('ok-id');
    expect(ids({ 'idempotency-key': 'x'.repeat(128) })).toHaveLength(128);
  });
});

import { describe, expect, it } from 'vitest';
import { githubSender } from '../../../src/connectors/github/index.js';
import { eventOf, interpret } from '../../fixtures/github/interpret.js';
import { pingPayload, pushPayload, repository } from '../../fixtures/github/payloads.js';
import { githubRequest } from '../../fixtures/github/request.js';

describe('GitHub provider', () => {
  it('requires a secret and answers no unauthenticated handshake methods', () => {
    expect(githubSender.id).toBe('github');
    expect(githubSender.name).toBe('GitHub');
    expect(githubSender.secret).toBe('required');
    expect(githubSender.handshakeMethods).toEqual([]);
  });

  it('lists the filterable event names without ping or duplicates', () => {
    for (const name of [
      'push',
      'pull_request',
      'issues',
      'issue_comment',
      'release',
      'workflow_run',
      'check_run',
      'star',
      'watch',
      'create',
      'delete',
    ]) {
      expect(githubSender.events).toContain(name);
    }
    expect(githubSender.events).not.toContain('ping');
    expect(new Set(githubSender.events).size).toBe(githubSender.events.length);
  });
});

describe('GitHub interpretation', () => {
  it('answers ping as a handshake naming the hook and its events', () => {
    expect(interpret('ping', pingPayload())).toEqual({
      kind: 'handshake',
      eventName: 'ping',
      message: 'GitHub hook 4242 connected for events: push, pull_request',
    });
  });

  it('answers a ping with an unexpected body as a handshake all the same', () => {
    expect(interpret('ping', { zen: 'x', hook: 'odd' })).toMatchObject({
      kind: 'handshake',
      message: 'GitHub hook connected',
    });
  });

  it('carries the event name and the delivery id used for de-duplication', () => {
    const result = interpret('push', pushPayload());
    expect(result).toMatchObject({
      kind: 'event',
      eventName: 'push',
      deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    });
  });

  it('leaves the delivery id undefined when the header is absent', () => {
    const result = interpret('push', pushPayload(), { 'x-github-delivery': undefined });
    expect(result).toMatchObject({ kind: 'event', deliveryId: undefined });
  });

  it('calls an oversized delivery id malformed', () => {
    const result = interpret('push', pushPayload(), { 'x-github-delivery': 'd'.repeat(129) });
    expect(result).toMatchObject({ kind: 'malformed' });
  });

  it('calls a request without X-GitHub-Event malformed', () => {
    const result = interpret('push', pushPayload(), { 'x-github-event': undefined });
    expect(result).toEqual({ kind: 'malformed', message: 'X-GitHub-Event header is missing' });
  });

  it('calls an event header that is no GitHub event name malformed', () => {
    const result = interpret('push', pushPayload(), { 'x-github-event': 'push, push' });
    expect(result).toMatchObject({ kind: 'malformed' });
  });

  it('calls a payload that is not an object malformed', () => {
    const req = githubRequest('push', []);
    expect(githubSender.interpret([], req)).toMatchObject({ kind: 'malformed' });
    expect(githubSender.interpret('push', req)).toMatchObject({ kind: 'malformed' });
  });

  it('turns an event without a dedicated card into an "other" event', () => {
    const payload = {
      action: 'published',
      package: {
        id: 1,
        name: 'uploader',
        html_url: 'https://github.com/octo-org/octo-repo/pkgs/npm/uploader',
      },
      repository,
      sender: { login: 'hubot' },
    };
    expect(eventOf('package', payload, 'other')).toEqual({
      source: 'github',
      type: 'other',
      event: 'package',
      action: 'published',
      where: {
        kind: 'repository',
        name: 'octo-org/octo-repo',
        url: 'https://github.com/octo-org/octo-repo',
      },
      subject: {
        label: 'uploader',
        url: 'https://github.com/octo-org/octo-repo/pkgs/npm/uploader',
      },
      state: undefined,
      sender: 'hubot',
    });
  });

  it('never refuses an "other" event for its shape, dropping what it cannot read', () => {
    const payload = { pages: [[1]], repository: { full_name: 3 }, organization: 'x', sender: 'x' };
    expect(eventOf('gollum', payload, 'other')).toEqual({
      source: 'github',
      type: 'other',
      event: 'gollum',
      action: undefined,
      where: undefined,
      subject: undefined,
      state: undefined,
      sender: undefined,
    });
  });

  it('does not mistake an inherited property name for a known event', () => {
    expect(eventOf('constructor', { repository }, 'other').event).toBe('constructor');
  });
});

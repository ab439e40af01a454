import { describe, expect, it } from 'vitest';
import { interpretAzureDevOps } from '../../../src/connectors/azure-devops/interpret.js';
import { cardOf, envelope, eventOf, factsOf, REPO_WEB, repository } from './fixtures.js';

describe('interpretAzureDevOps: envelope', () => {
  it('names the event by eventType and de-duplicates on subscription and notification', () => {
    expect(interpretAzureDevOps(envelope('git.push', undefined))).toMatchObject({
      kind: 'event',
      eventName: 'git.push',
      deliveryId: '11111111-2222-3333-4444-555555555555:7',
    });
  });

  it('falls back to the event id when a payload has no subscription (older samples, Test)', () => {
    const payload = envelope('git.push', undefined);
    delete payload.subscriptionId;
    expect(interpretAzureDevOps(payload)).toMatchObject({
      deliveryId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
    delete payload.notificationId;
    payload.subscriptionId = '11111111-2222-3333-4444-555555555555';
    expect(interpretAzureDevOps(payload)).toMatchObject({
      deliveryId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
  });

  it('gives no delivery id rather than an unbounded one', () => {
    const payload = envelope('git.push', undefined, { id: 'x'.repeat(65) });
    delete payload.subscriptionId;
    const result = interpretAzureDevOps(payload);
    expect(result).toMatchObject({ kind: 'event' });
    if (result.kind === 'event') expect(result.deliveryId).toBeUndefined();
  });

  it('cuts an event type to 128 characters and drops invisible characters from it', () => {
    const long = interpretAzureDevOps(envelope(`x.${'a'.repeat(5000)}`, undefined));
    expect(long.kind === 'event' && long.eventName).toBe(`x.${'a'.repeat(126)}`);
    const hidden = interpretAzureDevOps(envelope('git.push\u202E\u0007', undefined));
    expect(hidden).toMatchObject({ kind: 'event', eventName: 'git.push' });
  });

  it.each([
    ['no eventType', { id: 'x', resource: {} }],
    ['a numeric eventType', { eventType: 7 }],
    ['a blank eventType', { eventType: '  ' }],
    ['an array', []],
    ['null', null],
  ])('calls a payload with %s malformed, without quoting it', (_label, payload) => {
    expect(interpretAzureDevOps(payload)).toEqual({
      kind: 'malformed',
      message: expect.stringContaining('eventType is required'),
    });
  });
});

describe('interpretAzureDevOps: subscriptions that send less', () => {
  it('makes a card from the message when the resource was not sent (resourceDetailsToSend: none)', () => {
    const card = cardOf(
      envelope('git.push', undefined, {
        message: {
          text: 'Ana pushed updates to shop-web:main\r\n(https://dev.azure.com/northwind/x)',
          markdown: `Ana pushed updates to [shop-web](${REPO_WEB}/):[main](${REPO_WEB}/#version=GBmain)`,
        },
        detailedMessage: {
          text: 'Ana pushed a commit to shop-web:main\r\n - Fix header b0ce2f20 (https://x.example/c)',
        },
      }),
    );
    expect(card.title).toBe('Ana pushed updates to shop-web:main');
    expect(card.titleUrl).toBe(`${REPO_WEB}/`);
    expect(card.text).toBe(
      'Ana pushed a commit to shop-web:main\n - Fix header b0ce2f20 (https://x.example/c)',
    );
    expect(factsOf(card)).toMatchObject({ Event: 'git.push', Publisher: 'tfs' });
    expect(card.links).toEqual([{ title: 'Open in Azure DevOps', url: `${REPO_WEB}/` }]);
  });

  it('makes a card from the message when the resource is minimal (ids and links only)', () => {
    const event = eventOf(
      envelope('git.pullrequest.created', { pullRequestId: undefined, url: 'https://x/_apis/1' }),
    );
    expect(event.kind).toBe('message');
    const build = eventOf(envelope('build.complete', { id: 9, url: `${REPO_WEB}/_apis/build/9` }));
    expect(build.kind).toBe('message');
  });

  it('uses the Markdown when a subscription sent no text, with links as their labels', () => {
    const card = cardOf(
      envelope('tfvc.checkin', undefined, {
        message: { markdown: `Ana checked in [changeset 12](${REPO_WEB}/cs/12) to \`$/Shop\`` },
        detailedMessage: undefined,
      }),
    );
    expect(card.title).toBe('Ana checked in changeset 12 to $/Shop');
    expect(card.titleUrl).toBe(`${REPO_WEB}/cs/12`);
  });

  it('still names the event when there is no message either', () => {
    const payload = envelope('ms.vss-release.release-created-event', { project: { name: 'Shop' } });
    delete payload.message;
    delete payload.detailedMessage;
    const card = cardOf(payload);
    expect(card.title).toBe('Azure DevOps ms.vss-release.release-created-event');
    expect(card.subtitle).toBe('Project Shop');
    expect(card.links).toEqual([]);
  });

  it('gives an unknown event the message card, naming its project', () => {
    const card = cardOf(
      envelope(
        'ms.vss-code.git-branch-policy-event',
        { repository: repository() },
        {
          message: { text: 'Policy changed', markdown: `Policy [changed](${REPO_WEB}/policy)` },
        },
      ),
    );
    expect(card).toMatchObject({
      title: 'Policy changed',
      subtitle: 'Project Shop',
      accent: 'default',
    });
    expect(card.titleUrl).toBe(`${REPO_WEB}/policy`);
  });

  it('never links a javascript: URL from the Markdown', () => {
    const card = cardOf(
      envelope('x.y', undefined, {
        message: { text: 'Hi', markdown: '[a](javascript:alert(1)) [b](https://ok.example/b)' },
      }),
    );
    expect(card.titleUrl).toBe('https://ok.example/b');
  });
});

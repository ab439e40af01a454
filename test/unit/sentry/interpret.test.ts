import { describe, expect, it } from 'vitest';
import { interpretSentry } from '../../../src/connectors/sentry/interpret.js';
import {
  eventAlertPayload,
  issuePayload,
  legacyPayload,
  metricAlertPayload,
} from '../../fixtures/sentry/payloads.js';
import { eventOf, rawRequest, sentryRequest } from '../../fixtures/sentry/request.js';

const outcome = (resource: string | undefined, payload: unknown, headers = {}) =>
  interpretSentry(payload, sentryRequest(resource, payload, headers));

describe('Sentry event names and delivery ids', () => {
  it('names events by the resource header and the body action', () => {
    expect(outcome('issue', issuePayload('created'))).toMatchObject({
      kind: 'event',
      eventName: 'issue.created',
    });
    expect(outcome('event_alert', eventAlertPayload())).toMatchObject({
      eventName: 'event_alert.triggered',
    });
    expect(outcome('metric_alert', metricAlertPayload('warning'))).toMatchObject({
      eventName: 'metric_alert.warning',
    });
  });

  it('uses Request-ID as the de-duplication id, and refuses an oversized one', () => {
    const payload = issuePayload('created');
    expect(outcome('issue', payload, { 'request-id': 'req-42' })).toMatchObject({
      deliveryId: 'req-42',
    });
    expect(outcome('issue', payload, { 'request-id': 'x'.repeat(129) })).toMatchObject({
      kind: 'malformed',
    });
  });

  it('answers an installation as a handshake naming the organisation', () => {
    const payload = {
      action: 'created',
      data: { installation: { organization: { slug: 'example-org' }, app: { slug: 'relay' } } },
    };
    const result = outcome('installation', payload);
    expect(result).toMatchObject({ kind: 'handshake', eventName: 'installation.created' });
    if (result.kind === 'handshake') expect(result.message).toMatch(/installed.*example-org/);
    const removed = outcome('installation', { ...payload, action: 'deleted' });
    if (removed.kind === 'handshake') expect(removed.message).toMatch(/uninstalled/);
  });

  it('refuses a resource header that is not a resource name', () => {
    expect(outcome('Issue Created!', issuePayload('created'))).toMatchObject({
      kind: 'malformed',
    });
  });

  it('refuses a known resource without an action, or without its object', () => {
    expect(outcome('issue', { data: { issue: {} } })).toMatchObject({ kind: 'malformed' });
    const result = outcome('issue', { action: 'created', data: {} });
    expect(result).toMatchObject({ kind: 'malformed' });
    if (result.kind === 'malformed') expect(result.message).toMatch(/issue\.created.*data\.issue/);
  });

  it('gives resources without a card an event named after them', () => {
    const result = outcome('seer', {
      action: 'root_cause_completed',
      data: { group: { title: 'Flaky cache', web_url: 'https://example-org.sentry.io/issues/1/' } },
    });
    expect(result).toMatchObject({
      kind: 'event',
      eventName: 'seer.root_cause_completed',
      event: {
        type: 'other',
        subject: 'Flaky cache',
        url: 'https://example-org.sentry.io/issues/1/',
      },
    });
  });

  it('does not take an inherited property for the resource object', () => {
    const event = eventOf('constructor', { action: 'created', data: {} });
    expect(event).toMatchObject({ type: 'other', resource: 'constructor', subject: undefined });
  });
});

describe('the legacy WebHooks plugin', () => {
  it('is read when there is no resource header, as an issue alert keyed by the event id', () => {
    const payload = legacyPayload();
    const result = interpretSentry(payload, rawRequest(JSON.stringify(payload)));
    expect(result).toMatchObject({
      kind: 'event',
      eventName: 'event_alert.triggered',
      deliveryId: 'plugin:0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      event: {
        type: 'event_alert',
        rules: ['Notify on new errors', 'Escalate'],
        event: {
          title: 'ValueError: bad amount',
          project: 'Web (live)',
          culprit: 'app.handlers in checkout',
          level: 'error',
          issueUrl: payload.url,
          time: '2026-06-01T12:00:00.500Z',
        },
      },
    });
  });

  it('falls back to the message when the body has no event, without a delivery id', () => {
    const payload = legacyPayload({ event: undefined, message: 'Disk almost full' });
    const result = interpretSentry(payload, rawRequest(JSON.stringify(payload)));
    expect(result).toMatchObject({
      kind: 'event',
      deliveryId: undefined,
      event: { event: { title: 'Disk almost full' } },
    });
  });

  it('refuses a body without headers that is not the plugin’s', () => {
    const result = interpretSentry({ hello: 'world' }, rawRequest('{"hello":"world"}'));
    expect(result).toMatchObject({ kind: 'malformed' });
    if (result.kind === 'malformed') expect(result.message).toMatch(/Sentry-Hook-Resource/);
  });
});

describe('Sentry normalisation', () => {
  it('reads an issue with its counts, assignee from the assigned webhook, and actor', () => {
    const event = eventOf(
      'issue',
      issuePayload('assigned', { assignee: { type: 'team', name: 'payments' } }),
    );
    expect(event).toMatchObject({
      type: 'issue',
      action: 'assigned',
      actor: 'Ada Lovelace',
      issue: { shortId: 'BILLING-7', count: '23', userCount: 4, assignee: 'payments (team)' },
    });
  });

  it('drops Sentry itself as the actor', () => {
    const event = eventOf(
      'issue',
      issuePayload('created', {}, { type: 'application', name: 'Sentry' }),
    );
    expect(event).toMatchObject({ actor: undefined });
  });

  it('derives the issue page from the API URL when the payload has no web URL', () => {
    const event = eventOf(
      'issue',
      issuePayload('created', {
        issue: {
          id: '5',
          title: 'Boom',
          url: 'https://sentry.io/api/0/organizations/example-org/issues/5/',
        },
      }),
    );
    expect(event).toMatchObject({
      issue: { url: 'https://sentry.io/organizations/example-org/issues/5/' },
    });
    const bare = eventOf('issue', issuePayload('created', { issue: { id: '5', title: 'Boom' } }));
    expect(bare).toMatchObject({ issue: { url: undefined } });
  });

  it('finds the top in-app frame, the project from the API URL and tags', () => {
    const event = eventOf('event_alert', eventAlertPayload());
    expect(event).toMatchObject({
      type: 'event_alert',
      rules: ['Page the API team'],
      event: {
        project: 'api-server',
        environment: 'staging',
        release: 'api@1.2.3',
        frame: 'api/lib/util.py:12 in lookup',
        issueUrl: 'https://sentry.io/organizations/example-org/issues/777/',
      },
    });
  });

  it('takes the last frame when none is in-app, and accepts tags as objects', () => {
    const event = eventOf(
      'event_alert',
      eventAlertPayload({
        title: 'Crash',
        tags: [{ key: 'environment', value: 'prod' }],
        exception: {
          values: [{ stacktrace: { frames: [{ module: 'a' }, { module: 'b', lineno: 2 }] } }],
        },
      }),
    );
    expect(event).toMatchObject({ event: { environment: 'prod', frame: 'b:2' } });
  });

  it('reads the metric alert threshold of the trigger that fired', () => {
    expect(eventOf('metric_alert', metricAlertPayload('critical'))).toMatchObject({
      threshold: 'above 2000',
      window: 60,
      projects: ['shop'],
    });
    expect(eventOf('metric_alert', metricAlertPayload('warning'))).toMatchObject({
      threshold: 'above 1500',
    });
    expect(eventOf('metric_alert', metricAlertPayload('resolved'))).toMatchObject({
      threshold: undefined,
      closed: '2026-06-01T10:40:00Z',
    });
  });
});

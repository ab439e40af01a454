import type { SampleEvent } from '../types.js';

/**
 * Realistic deliveries for `/connectors/{id}/test` and catalog previews, shaped as the
 * integration platform sends them (only the fields a card reads, plus identifying ones).
 */
const installation = { uuid: '7a1c2e44-0d5b-4c6e-9f13-2b8d4e6a0c11' };
const sentryActor = { type: 'application', id: 'sentry', name: 'Sentry' };
const person = { type: 'user', id: 41, name: 'Grace Hopper' };

function sample(resource: string, requestId: string, body: Record<string, unknown>): SampleEvent {
  return {
    event: `${resource}.${String(body.action)}`,
    headers: {
      'content-type': 'application/json',
      'request-id': requestId,
      'sentry-hook-resource': resource,
      'sentry-hook-timestamp': '1780315200',
    },
    body: JSON.stringify({ ...body, installation }),
  };
}

const issue = {
  id: '4071234567',
  shortId: 'CHECKOUT-API-3F',
  title: "TypeError: Cannot read properties of undefined (reading 'total')",
  culprit: 'computeTotals(src/cart/totals.ts)',
  level: 'error',
  status: 'unresolved',
  substatus: 'new',
  platform: 'node',
  project: { id: '4505', name: 'checkout-api', slug: 'checkout-api' },
  count: '14',
  userCount: 9,
  firstSeen: '2026-05-31T21:04:11.000000Z',
  assignedTo: null,
  url: 'https://sentry.io/api/0/organizations/acme/issues/4071234567/',
  web_url: 'https://acme.sentry.io/issues/4071234567/',
};

export const SENTRY_SAMPLES = [
  sample('issue', '0b9c3f10-5e2a-4d7b-8c61-000000000001', {
    action: 'created',
    data: { issue },
    actor: sentryActor,
  }),
  sample('event_alert', '0b9c3f10-5e2a-4d7b-8c61-000000000002', {
    action: 'triggered',
    data: {
      triggered_rule: 'Checkout errors to Teams',
      event: {
        event_id: '5c8f0e3a9b2d4f61a7e0c3b2d1f4e5a6',
        project: 4505,
        title: issue.title,
        culprit: issue.culprit,
        level: 'error',
        datetime: '2026-06-01T11:58:30.120000Z',
        tags: [
          ['environment', 'production'],
          ['release', 'checkout-api@2.14.0'],
        ],
        exception: {
          values: [
            {
              type: 'TypeError',
              value: "Cannot read properties of undefined (reading 'total')",
              stacktrace: {
                frames: [
                  { filename: 'node:internal/process/task_queues', lineno: 95, in_app: false },
                  {
                    filename: 'src/cart/totals.ts',
                    function: 'computeTotals',
                    lineno: 42,
                    in_app: true,
                  },
                ],
              },
            },
          ],
        },
        url: 'https://sentry.io/api/0/projects/acme/checkout-api/events/5c8f0e3a9b2d4f61a7e0c3b2d1f4e5a6/',
        web_url:
          'https://acme.sentry.io/issues/4071234567/events/5c8f0e3a9b2d4f61a7e0c3b2d1f4e5a6/',
        issue_url: 'https://sentry.io/api/0/issues/4071234567/',
        issue_id: '4071234567',
      },
    },
    actor: sentryActor,
  }),
  sample('metric_alert', '0b9c3f10-5e2a-4d7b-8c61-000000000003', {
    action: 'critical',
    data: {
      description_title: 'Critical: Checkout error rate',
      description_text: '312 events in the last 10 minutes\nFilter: level:error',
      web_url: 'https://acme.sentry.io/alerts/rules/details/88/',
      metric_alert: {
        id: '1207',
        identifier: '31',
        title: 'Checkout error rate',
        projects: ['checkout-api'],
        date_started: '2026-06-01T11:50:00.000000Z',
        date_closed: null,
        alert_rule: {
          id: '88',
          name: 'Checkout error rate',
          aggregate: 'count()',
          query: 'level:error',
          time_window: 10,
          threshold_type: 0,
          environment: 'production',
          projects: ['checkout-api'],
          triggers: [
            { label: 'critical', alert_threshold: 300 },
            { label: 'warning', alert_threshold: 100 },
          ],
        },
      },
    },
    actor: sentryActor,
  }),
  sample('issue', '0b9c3f10-5e2a-4d7b-8c61-000000000004', {
    action: 'resolved',
    data: {
      issue: { ...issue, status: 'resolved', substatus: null },
      resolution_type: 'in_next_release',
    },
    actor: person,
  }),
] as const satisfies readonly SampleEvent[];

export const SENTRY_HANDSHAKES = [
  {
    event: 'installation.created',
    headers: {
      'content-type': 'application/json',
      'request-id': '0b9c3f10-5e2a-4d7b-8c61-000000000000',
      'sentry-hook-resource': 'installation',
      'sentry-hook-timestamp': '1780315200',
    },
    body: JSON.stringify({
      action: 'created',
      data: {
        installation: {
          status: 'installed',
          organization: { slug: 'acme', id: 12 },
          app: {
            uuid: '2ebf071f-28df-4989-aca9-c37c763b278f',
            slug: 'teams-relay',
            sentryAppId: 7,
          },
          uuid: installation.uuid,
        },
      },
      installation,
      actor: person,
    }),
  },
] as const satisfies readonly SampleEvent[];

/** A resource Sentry does not send today, shaped like the ones it does. */
export const SENTRY_UNKNOWN_EVENT = sample('feedback', '0b9c3f10-5e2a-4d7b-8c61-0000000000ff', {
  action: 'created',
  data: {
    feedback: {
      id: '77',
      title: 'User feedback: the pay button does nothing',
      web_url: 'https://acme.sentry.io/feedback/?feedbackSlug=checkout-api%3A77',
    },
  },
  actor: person,
});

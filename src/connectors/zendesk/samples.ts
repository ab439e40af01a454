import type { SampleEvent } from '../types.js';

/** Realistic deliveries for `/connectors/{id}/test` and catalog previews. */
const headers = {
  'content-type': 'application/json',
  'user-agent': 'Zendesk Webhook',
  'x-zendesk-webhook-id': '01JQ4Z8K2M3N4P5Q6R7S8T9V0W',
  'x-zendesk-account-id': '24681357',
};

const ticket = {
  actor_id: '9001',
  assignee_id: '9001',
  brand_id: '360001',
  created_at: '2026-06-01T11:20:00Z',
  description: 'The card reader at till 3 rejects every contactless payment since this morning.',
  external_id: null,
  form_id: '360002',
  group_id: '360003',
  id: '4821',
  is_public: true,
  organization_id: '360004',
  priority: 'HIGH',
  requester_id: '9100',
  status: 'OPEN',
  subject: 'Card reader rejects contactless payments',
  submitter_id: '9100',
  tags: ['payments', 'hardware'],
  type: 'INCIDENT',
  updated_at: '2026-06-01T11:45:00Z',
  via: { channel: 'web_form' },
};

function sample(type: string, id: string, body: Record<string, unknown>): SampleEvent {
  return {
    event: type,
    headers: { ...headers, 'x-zendesk-webhook-invocation-id': `inv-${id}` },
    body: JSON.stringify({
      type: `zen:event-type:${type}`,
      account_id: 24681357,
      id,
      time: '2026-06-01T11:45:00.000000000Z',
      zendesk_event_version: '2022-11-06',
      ...body,
    }),
  };
}

export const ZENDESK_SAMPLES = [
  sample('ticket.created', '01JQ4ZA1B2C3D4E5F6G7H8J9K0', {
    subject: 'zen:ticket:4821',
    detail: { ...ticket, assignee_id: null, status: 'NEW', updated_at: ticket.created_at },
    event: { meta: { sequence: { id: 'seq-1', position: 1, total: 1 } } },
  }),
  sample('ticket.comment_added', '01JQ4ZA1B2C3D4E5F6G7H8J9K1', {
    subject: 'zen:ticket:4821',
    detail: ticket,
    event: {
      comment: {
        id: '70001',
        body: 'A replacement reader is on its way; it should arrive by 3 pm.',
        is_public: true,
        author: { id: '9001', is_staff: true, name: 'Grace Hopper' },
      },
    },
  }),
  sample('ticket.status_changed', '01JQ4ZA1B2C3D4E5F6G7H8J9K2', {
    subject: 'zen:ticket:4821',
    detail: { ...ticket, status: 'SOLVED' },
    event: { current: 'SOLVED', previous: 'OPEN' },
  }),
  {
    event: 'trigger',
    headers: { ...headers, 'x-zendesk-webhook-invocation-id': 'inv-trigger-1' },
    body: JSON.stringify({
      ticket: {
        id: '4821',
        title: ticket.subject,
        status: 'open',
        priority: 'high',
        requester: 'Ada Lovelace',
        assignee: 'Grace Hopper',
        group: 'Payments support',
        url: 'acme.zendesk.com/agent/tickets/4821',
        latest_comment: 'A replacement reader is on its way.',
      },
    }),
  },
] as const satisfies readonly SampleEvent[];

/** An event type without its own card, shaped like Zendesk's. */
export const ZENDESK_UNKNOWN_EVENT = sample(
  'community_post.created',
  '01JQ4ZA1B2C3D4E5F6G7H8J9KF',
  {
    subject: 'zen:community_post:360009',
    detail: { id: '360009', brand_id: '360001', topic_id: '360010' },
    event: { title: 'How do you pair a second card reader?', author_id: '9100' },
  },
);

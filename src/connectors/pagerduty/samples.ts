import type { SampleEvent } from '../types.js';

/** Realistic V3 deliveries for `/connectors/{id}/test` and catalog previews. */
const ACCOUNT = 'https://acme-ops.pagerduty.com';
const SUBSCRIPTION = 'PWHSUB1';

function ref(type: string, id: string, summary: string, path: string) {
  return {
    html_url: `${ACCOUNT}/${path}/${id}`,
    id,
    self: `https://api.pagerduty.com/${path}/${id}`,
    summary,
    type,
  };
}

const ada = ref('user_reference', 'PADA001', 'Ada Lovelace', 'users');
const grace = ref('user_reference', 'PGRC002', 'Grace Hopper', 'users');
const checkout = ref('service_reference', 'PSVC042', 'Checkout API', 'services');
const policy = ref(
  'escalation_policy_reference',
  'PEP0007',
  'Payments on-call',
  'escalation_policies',
);
const payments = ref('team_reference', 'PTEAM01', 'Payments', 'teams');

function incident(status: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'Q1XYZ2ABC3DEF4',
    type: 'incident',
    self: 'https://api.pagerduty.com/incidents/Q1XYZ2ABC3DEF4',
    html_url: `${ACCOUNT}/incidents/Q1XYZ2ABC3DEF4`,
    number: 1042,
    status,
    incident_key: 'checkout-5xx-rate',
    created_at: '2026-11-30T09:14:52Z',
    title: 'Checkout API 5xx rate above 5% for 5 minutes',
    service: checkout,
    assignees: [ada, grace],
    escalation_policy: policy,
    teams: [payments],
    priority: {
      html_url: `${ACCOUNT}/account/incident_priorities`,
      id: 'PPRIO01',
      self: 'https://api.pagerduty.com/priorities/PPRIO01',
      summary: 'P1',
      type: 'priority_reference',
    },
    urgency: 'high',
    conference_bridge: null,
    resolve_reason: null,
    ...extra,
  };
}

function delivery(
  id: string,
  eventType: string,
  occurredAt: string,
  data: unknown,
  agent: unknown = ada,
): SampleEvent {
  return {
    event: eventType,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'PagerDuty-Webhook/V3.0',
      'x-webhook-id': `wh-${id}`,
      'x-webhook-subscription': SUBSCRIPTION,
    },
    body: JSON.stringify({
      event: {
        id,
        event_type: eventType,
        resource_type: 'incident',
        occurred_at: occurredAt,
        agent,
        client: null,
        data,
      },
    }),
  };
}

const incidentRef = {
  html_url: `${ACCOUNT}/incidents/Q1XYZ2ABC3DEF4`,
  id: 'Q1XYZ2ABC3DEF4',
  self: 'https://api.pagerduty.com/incidents/Q1XYZ2ABC3DEF4',
  summary: 'Checkout API 5xx rate above 5% for 5 minutes',
  type: 'incident_reference',
};

export const PAGERDUTY_SAMPLES = [
  delivery(
    '01JDQ7K3M4N5P6Q7R8S9T0V1W2',
    'incident.triggered',
    '2026-11-30T09:14:52.418Z',
    incident('triggered'),
    checkout,
  ),
  delivery('01JDQ8A1B2C3D4E5F6G7H8J9K0', 'incident.annotated', '2026-11-30T09:21:07.002Z', {
    incident: incidentRef,
    id: 'PNOTE77',
    content: 'Rolled back release 0.0.1 of checkout; error rate is dropping.',
    trimmed: false,
    type: 'incident_note',
  }),
  delivery(
    '01JDQ9X8Y7Z6W5V4T3S2R1Q0P9',
    'incident.resolved',
    '2026-11-30T09:32:40.913Z',
    incident('resolved', { assignees: [] }),
  ),
] as const satisfies readonly SampleEvent[];

/** The "Send Test Event" button: answered 200, never posted. */
export const PAGERDUTY_HANDSHAKES: readonly SampleEvent[] = [
  {
    event: 'pagey.ping',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'PagerDuty-Webhook/V3.0',
      'x-webhook-subscription': SUBSCRIPTION,
    },
    body: JSON.stringify({
      event: {
        id: '01JDQ6Z0PING0000000000000A',
        event_type: 'pagey.ping',
        resource_type: 'pagey',
        occurred_at: '2026-11-30T09:00:00.000Z',
        agent: null,
        client: null,
        data: { message: 'Hello from your friend Pagey!', type: 'ping' },
      },
    }),
  },
];

/** An event type outside the documented list, with data of a type the connector has no card for. */
export const PAGERDUTY_UNKNOWN_EVENT = delivery(
  '01JDQAC5D6E7F8G9H0J1K2L3M4',
  'incident.custom_field_values.updated',
  '2026-11-30T09:25:13.551Z',
  {
    incident: incidentRef,
    custom_fields: [{ name: 'region', value: 'eu-west-1' }],
    type: 'incident_field_values',
  },
);

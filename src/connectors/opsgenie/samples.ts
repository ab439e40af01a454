import type { SampleEvent } from '../types.js';

/** Realistic alert actions for `/connectors/{id}/test` and catalog previews. */
const ALERT_ID = '7c1e4f2a-93b5-4d0e-8a61-2f5b9c3d8e17';

const alert = {
  alertId: ALERT_ID,
  message: 'Checkout API p95 latency above 2 s',
  tags: ['checkout', 'latency', 'production'],
  tinyId: '41',
  entity: 'checkout-api',
  alias: 'checkout-api-latency-p95',
  createdAt: 1796030092418,
  username: 'Alert API',
  userId: '2b6e8d1c-5f3a-4c97-b0e4-81d2a6f9c350',
  source: 'prometheus-eu-1',
  priority: 'P2',
};

/** Opsgenie's `updatedAt` is in nanoseconds. */
const at = (ms: number) => `${ms}000417`;

function action(name: string, fields: Record<string, unknown>, updatedAtMs: number): SampleEvent {
  // Written by hand so `updatedAt` keeps all its digits, as Opsgenie sends it.
  const body = JSON.stringify({
    action: name,
    alert: { ...alert, ...fields, updatedAt: '@UPDATED@' },
    source: { name: '', type: name === 'Create' ? 'API' : 'web' },
    integrationId: 'e4b7c2d9-1a6f-4e38-9c05-7d3f8a2b6e41',
    integrationName: 'Teams relay',
    integrationType: 'Webhook',
  }).replace('"@UPDATED@"', at(updatedAtMs));
  return { event: name, headers: { 'content-type': 'application/json' }, body };
}

export const OPSGENIE_SAMPLES = [
  action(
    'Create',
    {
      description: 'p95 latency has been above 2 s for 5 minutes on 3 of 4 pods.',
      responders: [{ id: '9a0c3e5f-2d7b-4f18-a6c4-5e8b1d3f7a92', type: 'team', name: 'Payments' }],
      teams: ['9a0c3e5f-2d7b-4f18-a6c4-5e8b1d3f7a92'],
      recipients: ['Payments'],
    },
    1796030092418,
  ),
  action('Acknowledge', { username: 'ada@example.com' }, 1796030215003),
  action(
    'AddNote',
    { username: 'ada@example.com', note: 'Scaled checkout to 6 pods; watching p95.' },
    1796030388120,
  ),
  action('Close', { username: 'ada@example.com' }, 1796031021774),
] as const satisfies readonly SampleEvent[];

/** A custom action an Opsgenie user defined: its name is theirs. */
export const OPSGENIE_UNKNOWN_EVENT = action(
  'RestartService',
  { username: 'grace@example.com' },
  1796030520660,
);

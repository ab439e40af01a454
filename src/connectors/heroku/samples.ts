import type { SampleEvent } from '../types.js';

/** Realistic deliveries for `/connectors/{id}/test` and catalog previews. */
const app = { id: '2f4b7c1e-9a3d-4e5f-8b6c-0d1e2f3a4b5c', name: 'checkout-api' };
const actor = { id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', email: 'ada@example.com' };

function sample(
  include: string,
  action: string,
  eventId: string,
  data: Record<string, unknown>,
  previous: Record<string, unknown> = {},
): SampleEvent {
  return {
    event: `${include}.${action}`,
    headers: { 'content-type': 'application/json', 'user-agent': 'heroku-webhooks/1.0' },
    body: JSON.stringify({
      id: eventId,
      action,
      actor,
      resource: include.slice('api:'.length),
      version: 'application/vnd.heroku+json; version=3',
      created_at: '2026-06-01T11:45:10Z',
      updated_at: '2026-06-01T11:45:10Z',
      published_at: '2026-06-01T11:45:11Z',
      sequence: null,
      data,
      previous_data: previous,
      webhook_metadata: {
        attempt: { id: '0c1d2e3f-4a5b-4c6d-8e7f-000000000a01' },
        delivery: { id: '0c1d2e3f-4a5b-4c6d-8e7f-000000000d01' },
        event: { id: eventId, include },
        webhook: { id: '0c1d2e3f-4a5b-4c6d-8e7f-000000000e01' },
      },
    }),
  };
}

export const HEROKU_SAMPLES = [
  sample(
    'api:release',
    'update',
    '5d6e7f80-1a2b-4c3d-9e4f-000000000001',
    {
      id: '7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b',
      app,
      version: 214,
      status: 'succeeded',
      description: 'Deploy 0d1a26e6',
      current: true,
      stack: 'heroku-24',
      slug: {
        id: '8f9a0b1c-2d3e-4f5a-9b6c-7d8e9f0a1b2c',
        commit: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
      },
      user: actor,
      created_at: '2026-06-01T11:44:58Z',
      updated_at: '2026-06-01T11:45:10Z',
    },
    { status: 'pending' },
  ),
  sample(
    'api:build',
    'update',
    '5d6e7f80-1a2b-4c3d-9e4f-000000000002',
    {
      id: '9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d',
      app,
      status: 'failed',
      stack: 'heroku-24',
      source_blob: {
        version: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        version_description: null,
      },
      release: null,
      user: actor,
      created_at: '2026-06-01T11:40:02Z',
      updated_at: '2026-06-01T11:42:37Z',
    },
    { status: 'pending' },
  ),
  sample(
    'api:formation',
    'update',
    '5d6e7f80-1a2b-4c3d-9e4f-000000000003',
    {
      id: 'ab0c1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e',
      app,
      type: 'web',
      quantity: 4,
      size: 'Standard-2X',
      command: 'node dist/server.js',
      created_at: '2026-05-01T09:00:00Z',
      updated_at: '2026-06-01T11:45:10Z',
    },
    { quantity: 2 },
  ),
  sample(
    'api:app',
    'update',
    '5d6e7f80-1a2b-4c3d-9e4f-000000000004',
    {
      ...app,
      maintenance: true,
      region: { id: '59accabd-516d-4f0e-83e6-6e3757701145', name: 'eu' },
      stack: { id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', name: 'heroku-24' },
      web_url: 'https://checkout-api-0d1a26e6.herokuapp.com/',
      owner: actor,
      updated_at: '2026-06-01T11:45:10Z',
    },
    { maintenance: false },
  ),
] as const satisfies readonly SampleEvent[];

/** An entity Heroku does not send to app webhooks today, shaped like the ones it does. */
export const HEROKU_UNKNOWN_EVENT = sample(
  'api:pipeline-promotion',
  'create',
  '5d6e7f80-1a2b-4c3d-9e4f-0000000000ff',
  { id: 'cd1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a', app, name: 'staging → production' },
);

import type { SampleEvent } from '../types.js';

/** Realistic deliveries for `/connectors/{id}/test` and catalog previews. */
const webhook = { id: '3c1f7a52-8d4e-4b0a-9e6f-1a2b3c4d5e6f', name: 'Teams relay' };
const project = {
  id: '5e7d9c1b-2a3f-4e6d-8c0b-9a8f7e6d5c4b',
  name: 'hello-world',
  slug: 'gh/octo-org/hello-world',
};
const organization = { id: '0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d', name: 'octo-org' };
const pipeline = {
  id: 'b7c8d9e0-f1a2-4b3c-8d4e-5f6a7b8c9d0e',
  number: 128,
  created_at: '2026-06-01T11:40:02.118Z',
  trigger: { type: 'webhook' },
  vcs: {
    provider_name: 'github',
    origin_repository_url: 'https://github.com/octo-org/hello-world',
    target_repository_url: 'https://github.com/octo-org/hello-world',
    revision: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    branch: 'main',
    commit: {
      subject: 'Retry deliveries with a budget',
      body: '',
      author: { name: 'Mona Lisa', email: 'mona@example.com' },
    },
  },
};
const workflow = {
  id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
  name: 'build-and-test',
  created_at: '2026-06-01T11:40:05.402Z',
  stopped_at: '2026-06-01T11:44:17.930Z',
  url: 'https://app.circleci.com/pipelines/github/octo-org/hello-world/128/workflows/e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b',
};

function sample(type: string, body: Record<string, unknown>): SampleEvent {
  return {
    event: type,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'CircleCI-Webhook/1.0',
      'circleci-event-type': type,
    },
    body: JSON.stringify({ type, webhook, ...body }),
  };
}

export const CIRCLECI_SAMPLES = [
  sample('workflow-completed', {
    id: '9a8b7c6d-5e4f-3a2b-1c0d-000000000001',
    happened_at: '2026-06-01T11:44:18.012Z',
    workflow: { ...workflow, status: 'failed' },
    pipeline,
    project,
    organization,
  }),
  sample('job-completed', {
    id: '9a8b7c6d-5e4f-3a2b-1c0d-000000000002',
    happened_at: '2026-06-01T11:42:51.300Z',
    workflow,
    pipeline,
    project,
    organization,
    job: {
      id: 'f0e1d2c3-b4a5-4968-8776-655443322110',
      name: 'unit-tests',
      number: 412,
      status: 'success',
      started_at: '2026-06-01T11:40:09.001Z',
      stopped_at: '2026-06-01T11:42:50.877Z',
    },
  }),
] as const satisfies readonly SampleEvent[];

export const CIRCLECI_HANDSHAKES = [
  sample('ping', {
    id: '9a8b7c6d-5e4f-3a2b-1c0d-000000000000',
    happened_at: '2026-06-01T11:00:00Z',
  }),
] as const satisfies readonly SampleEvent[];

/** An event type CircleCI does not send today, shaped like the ones it does. */
export const CIRCLECI_UNKNOWN_EVENT = sample('pipeline-completed', {
  id: '9a8b7c6d-5e4f-3a2b-1c0d-0000000000ff',
  happened_at: '2026-06-01T11:44:19.000Z',
  workflow: { ...workflow, status: 'success' },
  pipeline,
  project,
  organization,
});

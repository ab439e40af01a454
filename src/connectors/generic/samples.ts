import type { SampleEvent } from '../types.js';

export const GENERIC_SAMPLES = [
  {
    event: 'deploy.finished',
    headers: { 'content-type': 'application/json', 'x-event-type': 'deploy.finished' },
    body: JSON.stringify({
      id: 'evt_20261130_0915_0001',
      title: 'Deploy of api 0.0.1 to production finished',
      status: 'succeeded',
      description: 'Rolled out to 12 of 12 instances in 4 min 10 s.',
      url: 'https://deploy.example.com/runs/4711',
      service: 'api',
      environment: 'production',
      version: '0.0.1',
      triggered_by: 'ada',
    }),
  },
] as const satisfies readonly SampleEvent[];

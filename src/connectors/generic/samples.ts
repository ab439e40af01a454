import type { SampleEvent } from '../types.js';

const headers = (event: string) => ({ 'content-type': 'application/json', 'x-event-type': event });

export const GENERIC_SAMPLES = [
  {
    event: 'deploy.finished',
    headers: headers('deploy.finished'),
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

/** Any name is a generic event; this one carries the fields under a wrapper object. */
export const GENERIC_UNKNOWN_EVENT: SampleEvent = {
  event: 'quota.exceeded',
  headers: headers('quota.exceeded'),
  body: JSON.stringify({
    event_id: 'q-2026-11-30-17',
    data: { summary: 'Storage quota exceeded for team Platform', severity: 'warning' },
    used_gb: 512,
  }),
};

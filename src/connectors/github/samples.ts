import type { SampleEvent } from '../types.js';

/**
 * Realistic deliveries for `/connectors/{id}/test` and catalog previews, in the shape GitHub
 * sends (only the fields a card reads, plus the usual identifying ones).
 */
const repository = {
  id: 1296269,
  name: 'hello-world',
  full_name: 'octo-org/hello-world',
  html_url: 'https://github.com/octo-org/hello-world',
  stargazers_count: 42,
  watchers_count: 42,
};
const sender = { login: 'mona', id: 583231, html_url: 'https://github.com/mona' };

function sample(event: string, delivery: string, body: object): SampleEvent {
  return {
    event,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/connector-relay-sample',
      'x-github-event': event,
      'x-github-delivery': delivery,
    },
    body: JSON.stringify(body),
  };
}

export const GITHUB_SAMPLES = [
  sample('pull_request', '8d7c3a00-0000-4000-8000-00000000a001', {
    action: 'opened',
    number: 1347,
    pull_request: {
      number: 1347,
      title: 'Add retry budget to the delivery worker',
      html_url: 'https://github.com/octo-org/hello-world/pull/1347',
      user: { login: 'mona' },
      body: 'Retries now stop after 24 hours.\n\nSee the design note in docs/delivery.md.',
      draft: false,
      merged: false,
      head: { ref: 'feature/retry-budget' },
      base: { ref: 'main' },
      commits: 3,
      changed_files: 5,
      additions: 120,
      deletions: 14,
      labels: [{ name: 'enhancement' }],
    },
    repository,
    sender,
  }),
  sample('push', '8d7c3a00-0000-4000-8000-00000000a002', {
    ref: 'refs/heads/main',
    before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
    after: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
    created: false,
    deleted: false,
    forced: false,
    compare: 'https://github.com/octo-org/hello-world/compare/6113728f27ae...0d1a26e67d8f',
    commits: [
      {
        id: '0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        message: 'Release 0.0.1\n\nFirst tagged build.',
        url: 'https://github.com/octo-org/hello-world/commit/0d1a26e67d8f5eaf1f6ba5c57fc3c7d91ac0fd1c',
        author: { name: 'Mona Lisa', email: 'mona@example.com', username: 'mona' },
      },
    ],
    pusher: { name: 'mona', email: 'mona@example.com' },
    repository,
    sender,
  }),
] as const satisfies readonly SampleEvent[];

export const GITHUB_HANDSHAKES = [
  sample('ping', '8d7c3a00-0000-4000-8000-00000000a000', {
    zen: 'Design for failure.',
    hook_id: 109948940,
    hook: {
      type: 'Repository',
      id: 109948940,
      events: ['push', 'pull_request'],
      config: { content_type: 'json', insecure_ssl: '0', url: 'https://relay.example/hooks/…' },
    },
    repository,
    sender,
  }),
] as const satisfies readonly SampleEvent[];

/** An event name GitHub does not send today, shaped like the ones it does. */
export const GITHUB_UNKNOWN_EVENT = sample(
  'repository_insight',
  '8d7c3a00-0000-4000-8000-00000000a0ff',
  {
    action: 'published',
    repository_insight: {
      id: 7,
      title: 'Weekly contributor summary',
      html_url: 'https://github.com/octo-org/hello-world/pulse',
    },
    repository,
    sender,
  },
);

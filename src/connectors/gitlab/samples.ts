import type { SampleEvent } from '../types.js';

/**
 * Realistic deliveries for `/connectors/{id}/test` and catalog previews, in the shape GitLab
 * sends (only the fields a card reads, plus the usual identifying ones).
 */
const project = {
  id: 4711,
  name: 'relay',
  web_url: 'https://gitlab.example.com/platform/relay',
  path_with_namespace: 'platform/relay',
  default_branch: 'main',
};
const user = { id: 42, name: 'Ada Lovelace', username: 'ada' };

/** Ids as GitLab writes them: one per delivery (kept across retries), one per triggering event. */
function sample(event: string, n: string, body: object): SampleEvent {
  return {
    event,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitLab/17.6.0',
      'x-gitlab-event': event,
      'x-gitlab-instance': 'https://gitlab.example.com',
      'x-gitlab-webhook-uuid': '0b5f3c1e-2d4a-4c6b-9e8f-7a1b2c3d4e5f',
      'x-gitlab-event-uuid': `13792a34-cac6-4fda-95a8-c58e00a${n}`,
      'idempotency-key': `f5e5f430-f57b-4e6e-9fac-d9128cd${n}`,
    },
    body: JSON.stringify(body),
  };
}

export const GITLAB_SAMPLES = [
  sample('Merge Request Hook', 'b0001', {
    object_kind: 'merge_request',
    event_type: 'merge_request',
    user,
    project,
    object_attributes: {
      id: 9001,
      iid: 128,
      title: 'Retry deliveries with a per-channel budget',
      url: 'https://gitlab.example.com/platform/relay/-/merge_requests/128',
      action: 'open',
      state: 'opened',
      source_branch: 'feature/retry-budget',
      target_branch: 'main',
      description: 'Retries now stop after 24 hours.\n\nSee docs/delivery.md for the design.',
      draft: false,
      merge_commit_sha: null,
    },
    assignees: [{ id: 43, name: 'Grace Hopper', username: 'grace' }],
    reviewers: [{ id: 44, name: 'Alan Turing', username: 'alan' }],
    labels: [{ id: 7, title: 'delivery' }],
  }),
  sample('Push Hook', 'b0002', {
    object_kind: 'push',
    event_name: 'push',
    before: '95790bf891e76fee5e1747ab589903a6a1f80f22',
    after: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
    ref: 'refs/heads/main',
    checkout_sha: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
    user_name: 'Ada Lovelace',
    user_username: 'ada',
    project,
    commits: [
      {
        id: 'b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327',
        message: 'Pace deliveries per channel\n\nTeams limits each webhook separately.',
        title: 'Pace deliveries per channel',
        url: 'https://gitlab.example.com/platform/relay/-/commit/b6568db1bc1dcd7f8b4d5a946b0b91f9dacd7327',
        author: { name: 'Ada Lovelace', email: 'ada@example.com' },
      },
      {
        id: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
        message: 'Document the retry budget',
        title: 'Document the retry budget',
        url: 'https://gitlab.example.com/platform/relay/-/commit/da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
        author: { name: 'Grace Hopper', email: 'grace@example.com' },
      },
    ],
    total_commits_count: 2,
  }),
  sample('Pipeline Hook', 'b0003', {
    object_kind: 'pipeline',
    object_attributes: {
      id: 31337,
      iid: 512,
      name: null,
      ref: 'main',
      tag: false,
      sha: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
      source: 'push',
      status: 'failed',
      duration: 754,
      url: 'https://gitlab.example.com/platform/relay/-/pipelines/31337',
    },
    user,
    project,
    commit: {
      id: 'da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
      message: 'Document the retry budget\n',
      title: 'Document the retry budget',
      url: 'https://gitlab.example.com/platform/relay/-/commit/da1560886d4f094c3e6c9ef40349f7d38b5d27d7',
      author: { name: 'Grace Hopper', email: 'grace@example.com' },
    },
    builds: [
      { id: 9100, stage: 'build', name: 'compile', status: 'success', allow_failure: false },
      { id: 9101, stage: 'test', name: 'unit', status: 'failed', allow_failure: false },
      { id: 9102, stage: 'test', name: 'lint', status: 'failed', allow_failure: true },
      { id: 9103, stage: 'deploy', name: 'staging', status: 'skipped', allow_failure: false },
    ],
  }),
  sample('Issue Hook', 'b0004', {
    object_kind: 'issue',
    event_type: 'issue',
    user,
    project,
    object_attributes: {
      id: 301,
      iid: 23,
      title: 'Parked channels are not retried after a URL rotation',
      url: 'https://gitlab.example.com/platform/relay/-/issues/23',
      action: 'open',
      state: 'opened',
      type: 'Issue',
      confidential: false,
      description: 'After rotating the webhook URL the parked messages stay parked.',
    },
    assignees: [{ id: 43, name: 'Grace Hopper', username: 'grace' }],
    labels: [{ id: 9, title: 'bug' }],
  }),
] as const satisfies readonly SampleEvent[];

/** A hook name GitLab does not send today, shaped like the ones it does. */
export const GITLAB_UNKNOWN_EVENT = sample('Package Hook', 'b00ff', {
  object_kind: 'package',
  user,
  project,
  object_attributes: {
    id: 77,
    name: 'relay-client',
    version: '0.0.1',
    action: 'publish',
    url: 'https://gitlab.example.com/platform/relay/-/packages/77',
  },
});

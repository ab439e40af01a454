import type { SampleEvent } from '../types.js';

/**
 * Realistic deliveries for `/connectors/{id}/test` and catalog previews, in the shape
 * Bitbucket Cloud sends (only the fields a card reads, plus the usual identifying ones).
 */
const REPO_URL = 'https://bitbucket.org/acme/relay';
const repository = {
  type: 'repository',
  full_name: 'acme/relay',
  name: 'relay',
  uuid: '{3f0e6c2a-5b1d-4a8e-9c7f-2d4b6a8c0e1f}',
  links: { html: { href: REPO_URL } },
};
const ada = {
  type: 'user',
  display_name: 'Ada Lovelace',
  nickname: 'ada',
  uuid: '{8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d}',
  links: { html: { href: 'https://bitbucket.org/%7B8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d%7D/' } },
};
const grace = { ...ada, display_name: 'Grace Hopper', nickname: 'grace' };

function sample(event: string, request: string, body: object): SampleEvent {
  return {
    event,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Bitbucket-Webhooks/2.0',
      'x-event-key': event,
      'x-hook-uuid': '2c4e6a8b-0d1f-4e3a-8b5c-7d9e1f3a5b7c',
      'x-request-uuid': request,
      'x-attempt-number': '1',
    },
    body: JSON.stringify(body),
  };
}

const pullrequest = {
  type: 'pullrequest',
  id: 42,
  title: 'Pace deliveries per channel',
  description: 'Teams limits each webhook separately, so pacing is per channel.',
  state: 'OPEN',
  draft: false,
  author: ada,
  source: { branch: { name: 'feature/pacing' }, commit: { hash: '9c833166dcef' } },
  destination: { branch: { name: 'main' }, commit: { hash: '32c4ea19aa3a' } },
  reviewers: [grace],
  participants: [],
  reason: '',
  closed_by: null,
  merge_commit: null,
  links: { html: { href: `${REPO_URL}/pull-requests/42` } },
};

const commit = (hash: string, message: string, who: typeof ada) => ({
  type: 'commit',
  hash,
  message,
  author: { raw: `${who.display_name} <${who.nickname}@example.com>`, user: who },
  links: { html: { href: `${REPO_URL}/commits/${hash}` } },
});

export const BITBUCKET_SAMPLES = [
  sample('pullrequest:created', '7b1e3c5a-9d2f-4b6a-8c0e-1f3a5b7c9d01', {
    actor: ada,
    pullrequest,
    repository,
  }),
  sample('repo:push', '7b1e3c5a-9d2f-4b6a-8c0e-1f3a5b7c9d02', {
    actor: ada,
    repository,
    push: {
      changes: [
        {
          new: {
            type: 'branch',
            name: 'main',
            target: { type: 'commit', hash: 'e3a1c0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4' },
          },
          old: {
            type: 'branch',
            name: 'main',
            target: { type: 'commit', hash: '5b7d9f1a3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b' },
          },
          created: false,
          closed: false,
          forced: false,
          truncated: false,
          links: { html: { href: `${REPO_URL}/branches/compare/e3a1c0b2d4f6..5b7d9f1a3c5e` } },
          commits: [
            commit('e3a1c0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4', 'Document the pacing\n', grace),
            commit(
              '1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f',
              'Pace deliveries per channel\n\nOne queue per webhook.',
              ada,
            ),
          ],
        },
      ],
    },
  }),
  sample('repo:commit_status_updated', '7b1e3c5a-9d2f-4b6a-8c0e-1f3a5b7c9d03', {
    actor: ada,
    repository,
    commit_status: {
      type: 'build',
      key: 'relay-ci',
      name: 'Pipeline #318',
      state: 'FAILED',
      description: '3 of 412 tests failed',
      url: `${REPO_URL}/pipelines/results/318`,
      refname: 'feature/pacing',
      commit: { type: 'commit', hash: 'e3a1c0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4' },
      created_on: '2026-05-30T09:12:44.102938+00:00',
      updated_on: '2026-05-30T09:19:02.551201+00:00',
    },
  }),
] as const satisfies readonly SampleEvent[];

/** An event key Bitbucket does not send today, shaped like the ones it does. */
export const BITBUCKET_UNKNOWN_EVENT = sample(
  'repo:deployment_finished',
  '7b1e3c5a-9d2f-4b6a-8c0e-1f3a5b7c9dff',
  { actor: ada, repository, deployment: { environment: { name: 'production' } } },
);

import { createHmac } from 'node:crypto';
import { githubPush } from '../test/e2e/payloads.js';

/**
 * A GitHub push shaped like a real delivery: five commits with file lists and a full
 * `repository` object (most of whose bytes no card uses), about 5 KB of JSON.
 */
export function pushBody(): string {
  const base = githubPush(5);
  const api = 'https://api.github.com/repos/acme/widgets';
  const urlFields = Object.fromEntries(
    [
      'forks',
      'keys',
      'collaborators',
      'teams',
      'hooks',
      'issue_events',
      'events',
      'assignees',
      'branches',
      'tags',
      'blobs',
      'git_tags',
      'git_refs',
      'trees',
      'statuses',
      'languages',
      'stargazers',
      'contributors',
      'subscribers',
      'subscription',
      'commits',
      'git_commits',
      'comments',
      'issue_comment',
      'contents',
      'compare',
      'merges',
      'archive',
      'downloads',
      'issues',
      'pulls',
      'milestones',
      'notifications',
      'labels',
      'releases',
      'deployments',
    ].map((k) => [`${k}_url`, `${api}/${k}{/id}`]),
  );
  const commits = base.commits.map((c) => ({
    ...c,
    tree_id: 'd'.repeat(40),
    distinct: true,
    committer: c.author,
    added: [`src/feature-${c.id.slice(0, 4)}.ts`],
    removed: [],
    modified: ['README.md', 'package.json'],
  }));
  return JSON.stringify({
    ...base,
    commits,
    head_commit: commits.at(-1),
    repository: {
      ...base.repository,
      node_id: 'R_kgDOAAAAAQ',
      private: false,
      description: 'Widgets for everyone',
      fork: false,
      url: 'https://github.com/acme/widgets',
      ...urlFields,
      created_at: 1700000000,
      updated_at: '2026-11-27T09:00:00Z',
      pushed_at: 1764234000,
      git_url: 'git://github.com/acme/widgets.git',
      ssh_url: 'git@github.com:acme/widgets.git',
      clone_url: 'https://github.com/acme/widgets.git',
      size: 1234,
      watchers_count: 42,
      language: 'TypeScript',
      default_branch: 'main',
      master_branch: 'main',
      topics: ['widgets', 'relay'],
    },
  });
}

export function sign(body: string, secret: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

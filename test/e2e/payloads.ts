/** Small hand-made payloads shaped like what GitHub and Trello really send. */
const repo = {
  id: 1,
  name: 'widgets',
  full_name: 'acme/widgets',
  html_url: 'https://github.com/acme/widgets',
  owner: { login: 'acme' },
  stargazers_count: 42,
};
const sender = { login: 'octocat', html_url: 'https://github.com/octocat' };

export function githubPush(commits: number) {
  return {
    ref: 'refs/heads/main',
    before: 'a'.repeat(40),
    after: 'b'.repeat(40),
    created: false,
    deleted: false,
    forced: false,
    compare: 'https://github.com/acme/widgets/compare/aaaaaaa...bbbbbbb',
    commits: Array.from({ length: commits }, (_, i) => ({
      id: `${i}`.padStart(7, 'c') + 'f'.repeat(33),
      message: `Commit number ${i}\n\nWith a body`,
      url: `https://github.com/acme/widgets/commit/${i}`,
      author: { name: 'Ada Lovelace', email: 'ada@example.com', username: 'ada' },
      timestamp: '2026-11-27T10:00:00Z',
    })),
    head_commit: null,
    repository: repo,
    pusher: { name: 'ada', email: 'ada@example.com' },
    sender,
  };
}

export function githubPing() {
  return {
    zen: 'Keep it logically awesome.',
    hook_id: 7,
    hook: { type: 'Repository', events: ['*'], config: { url: 'x' } },
    repository: repo,
    sender,
  };
}

export function githubPullRequestOpened() {
  return {
    action: 'opened',
    number: 12,
    pull_request: {
      number: 12,
      title: 'Make *everything* faster',
      html_url: 'https://github.com/acme/widgets/pull/12',
      body: 'This PR [does](javascript:alert(1)) things.',
      draft: false,
      merged: false,
      state: 'open',
      user: { login: 'ada' },
      head: { ref: 'feature/speed', sha: 'd'.repeat(40) },
      base: { ref: 'main', sha: 'e'.repeat(40) },
      commits: 3,
      additions: 120,
      deletions: 7,
      changed_files: 4,
      merged_by: null,
      merged_at: null,
      merge_commit_sha: null,
    },
    repository: repo,
    sender,
  };
}

export function trelloCreateCard(id: string) {
  return {
    model: { id: 'board1', name: 'Roadmap', url: 'https://trello.com/b/AbCd1234/roadmap' },
    action: {
      id,
      type: 'createCard',
      date: '2026-11-27T10:00:00.000Z',
      idMemberCreator: 'm1',
      memberCreator: { id: 'm1', fullName: 'Grace Hopper', username: 'grace' },
      data: {
        card: { id: 'card1', name: 'Ship the relay', idShort: 5, shortLink: 'XyZ12345' },
        list: { id: 'list1', name: 'Doing' },
        board: { id: 'board1', name: 'Roadmap', shortLink: 'AbCd1234' },
      },
    },
  };
}

/**
 * Size caps applied while normalising. Queued events must stay a few KB whatever the sender
 * wrote (a PR body may hold 65 536 characters, a push may list 2 048 commits).
 */
export const LIMITS = {
  /** Commits kept from a push; the card links to the compare view for the rest. */
  commits: 20,
  /** Labels or assignees kept per issue / pull request. */
  names: 10,
  /** Logins, branch, workflow, app and label names. */
  name: 100,
  /** Issue, pull request and run titles (GitHub allows 256). */
  title: 256,
  /** Commit subjects (first line of the message only). */
  subject: 150,
  /** Comments, issue bodies, release notes, check summaries. */
  body: 500,
  /** Pull request descriptions: a teaser next to the size and branch facts. */
  prBody: 300,
  /** Subscribed event names a ping's message lists (GitHub has about 70). */
  hookEvents: 100,
  /** Event and action names echoed for events without a dedicated card; states, ids. */
  token: 64,
  /** File paths in review comments, commit comments and alerts. */
  path: 300,
  url: 2048,
} as const;

/** GitHub puts at most this many commits in a push payload (docs: "maximum of 2048 commits"). */
export const GITHUB_PUSH_COMMIT_CAP = 2048;

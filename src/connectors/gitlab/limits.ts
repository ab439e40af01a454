/**
 * Size caps applied while normalising: a queued event stays a few KB whatever GitLab sent (a
 * description may hold a megabyte, a pipeline may list hundreds of jobs).
 */
export const LIMITS = {
  /** Commits kept from a push: GitLab itself sends at most the newest 20. */
  commits: 20,
  /** Jobs of a pipeline looked at for failures; the rest are not read. */
  builds: 200,
  /** Failed jobs a pipeline card lists. */
  failedJobs: 10,
  /** Assignees, reviewers or labels kept per issue or merge request. */
  names: 10,
  /** Keys of a merge request's `changes` read to say what was edited. */
  changes: 20,
  /** User, branch, label, stage and job names. */
  name: 100,
  /** `group/subgroup/project`. */
  path: 300,
  /** Issue, merge request, release and pipeline titles (GitLab allows 255). */
  title: 256,
  /** Commit subjects (first line of the message only). */
  subject: 150,
  /** Comments, descriptions, release notes. */
  body: 500,
  /** Actions, states, statuses, kinds. */
  token: 64,
} as const;

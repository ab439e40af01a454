/**
 * Size caps applied while normalising: a queued event stays a few KB whatever Bitbucket sent
 * (its payloads may reach 256 KB).
 */
export const LIMITS = {
  /** Ref changes read from one push. */
  changes: 5,
  /** Commits read per change (Bitbucket itself lists at most 5 and sets `truncated`). */
  commitsPerChange: 10,
  /** Commits a push card lists over all its changes. */
  commits: 20,
  /** Reviewers kept per pull request. */
  names: 10,
  /** Keys of a `changes` object read to say what was edited. */
  changedKeys: 10,
  /** Display names, branch, tag and build names. */
  name: 100,
  /** `workspace/repository`. */
  path: 200,
  /** Pull request, issue and commit status titles. */
  title: 256,
  /** Commit subjects (first line of the message only). */
  subject: 150,
  /** Descriptions and comments. */
  body: 500,
  /** States, kinds, priorities. */
  token: 64,
} as const;

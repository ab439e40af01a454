/**
 * Size caps applied while normalising, so a queued event stays a few KB whatever Azure DevOps
 * put in the body (a push lists up to 100 commits, a work item carries every field it has).
 */
export const LIMITS = {
  /** Commits kept from a push; the card links to the repository for the rest. */
  commits: 20,
  /** Branches and tags of one push. */
  refs: 10,
  /** Reviewers named on a pull request card. */
  reviewers: 10,
  /** Changed fields listed on a work item update. */
  changes: 12,
  /** Work item fields read from one payload (a process can define hundreds). */
  fields: 200,
  /** Names of people, repositories, branches, pipelines, stages. */
  name: 150,
  /** Pull request and work item titles (Azure DevOps allows 255 and 400). */
  title: 400,
  /** Commit subjects (first line of the comment only). */
  subject: 150,
  /** Descriptions, comments and the ready-made message texts. */
  body: 600,
  /** The ready-made messages as sent, before their links are read. */
  message: 4000,
  /** Event types, states, results, ids. */
  token: 128,
} as const;

/** Size caps applied while normalising, so queued events stay small whatever was sent. */
export const LIMITS = {
  /** Project, workflow, job, branch, tag and person names. */
  name: 100,
  /** Commit subjects (first line only). */
  subject: 150,
  /** Statuses, trigger types, event names, ids. */
  token: 64,
} as const;

/**
 * Size caps applied while normalising: queued events stay a few KB whatever Sentry sent (an
 * event can carry hundreds of stack frames and tags, a message of any length).
 */
export const LIMITS = {
  /** Issue and event titles ("Exception: Custom exception!"). */
  title: 256,
  /** Culprits, frame locations, alert rule names. */
  culprit: 200,
  /** Messages, comments, metric alert descriptions. */
  body: 500,
  /** Project, person, team, environment and release names. */
  name: 100,
  /** Levels, statuses, actions, resource names, ids. */
  token: 64,
  /** Tags read from an event's `tags` list (environment and release are among the first). */
  tags: 50,
  /** Stack frames looked at, from the crash end, to find the top in-app frame. */
  frames: 50,
  /** Exceptions of a chained error looked at (the last one is the one raised). */
  exceptions: 5,
  /** Alert rules a legacy plugin body lists, and projects a metric alert names. */
  names: 10,
  /** Metric alert triggers read to find the threshold that fired. */
  triggers: 5,
} as const;

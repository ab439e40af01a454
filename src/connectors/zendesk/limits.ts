/** Size caps applied while normalising, so queued events stay small whatever was sent. */
export const LIMITS = {
  /** Ticket subjects, article titles. */
  title: 256,
  /** Comments, messages, ticket descriptions. */
  body: 500,
  /** Person, organisation, group names; e-mail addresses; field titles. */
  name: 100,
  /** Statuses, priorities, roles, channels, event names, ids. */
  token: 64,
  /** Tags listed as added or removed. */
  tags: 20,
} as const;

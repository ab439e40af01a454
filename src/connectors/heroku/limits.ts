/** Size caps applied while normalising, so queued events stay small whatever was sent. */
export const LIMITS = {
  /** App, dyno, process, add-on, domain and person names; e-mail addresses. */
  name: 100,
  /** Release descriptions ("Deploy 69eec518"), commands. */
  description: 200,
  /** Statuses, states, sizes, actions, entity names, ids. */
  token: 64,
  /** Changed attributes of an app shown from `previous_data`. */
  changes: 10,
} as const;

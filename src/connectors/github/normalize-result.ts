import type { GitHubEvent } from './events.js';

/** What a normaliser makes of a payload; `interpret` turns it into an outcome. */
export type NormalizeResult =
  /**
   * `dedupKey` replaces the X-GitHub-Delivery id for events that GitHub delivers twice under
   * two ids (a star arrives as both `star` and `watch`): both deliveries then share one key.
   */
  | { kind: 'event'; event: GitHubEvent; dedupKey?: string }
  /** Valid, but repeats news another delivery of the same change already carries. */
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; message: string };

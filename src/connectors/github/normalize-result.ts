import type { GitHubEvent } from './events.js';

/** What a normaliser makes of a payload; `interpret` turns it into an outcome. */
export type NormalizeResult =
  | { kind: 'event'; event: GitHubEvent }
  /** Valid, but repeats news another delivery of the same change already carries. */
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; message: string };

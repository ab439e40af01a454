import type { GitLabEvent } from '../events.js';

/** What a normaliser makes of a payload; `interpret` turns it into an outcome. */
export type NormalizeResult =
  | { kind: 'event'; event: GitLabEvent }
  /** Valid, but no news for people (a pipeline queued, a job still running). */
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; message: string };

export function malformed(message: string): NormalizeResult {
  return { kind: 'malformed', message };
}

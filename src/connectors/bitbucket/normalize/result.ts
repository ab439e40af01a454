import type { BitbucketEvent } from '../events.js';

/** What a normaliser makes of a payload; `interpret` turns it into an outcome. */
export type NormalizeResult =
  | { kind: 'event'; event: BitbucketEvent }
  /** Valid, but no news for people (a build still in progress). */
  | { kind: 'ignored'; reason: string }
  | { kind: 'malformed'; message: string };

export function malformed(message: string): NormalizeResult {
  return { kind: 'malformed', message };
}

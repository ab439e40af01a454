import type { Accent } from '../../../core/card-model.js';
import { snakeToWords } from '../../kit/wording.js';
import type { GitHubOwnerRef, GitHubRepoRef } from '../events.js';

/** Shared wording for GitHub cards. Pure; all output is plain text. */

export const SOURCE = 'GitHub';

export function repoTag(repo: GitHubRepoRef): string {
  return `[${repo.fullName}]`;
}

/** Organisation-level cards name the organisation where others name the repository. */
export function orgTag(org: GitHubOwnerRef): string {
  return `[${org.login}]`;
}

/** `src/app.ts:42`, or the path alone, or nothing. */
export function fileLine(path: string | undefined, line?: number): string | undefined {
  if (path === undefined) return undefined;
  return line === undefined ? path : `${path}:${line}`;
}

export { capitalize, facts, plural, snakeToWords } from '../../kit/wording.js';
/** GitHub's times as `2019-11-26 07:01 UTC`; anything unparsable is shown as sent. */
export { formatTime as utc } from '../../kit/wording.js';

/** A branch with the commit it points at: `main @ 3484a3f`. */
export function branchAt(branch: string | undefined, sha7: string): string {
  return branch ? `${branch} @ ${sha7}` : sha7;
}

/*
 * Tables keyed by payload words are Maps: a plain object would answer "constructor" or
 * "__proto__" with an inherited function or object instead of nothing.
 */

/** How Actions runs and checks ended, as a verb phrase after the run's name. */
const CONCLUSION_PHRASES: ReadonlyMap<string, string> = new Map([
  ['success', 'succeeded'],
  ['failure', 'failed'],
  ['cancelled', 'was cancelled'],
  ['timed_out', 'timed out'],
  ['action_required', 'needs action'],
  ['neutral', 'finished'],
  ['skipped', 'was skipped'],
  ['stale', 'went stale'],
  ['startup_failure', 'failed to start'],
]);

const CONCLUSION_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['success', 'good'],
  ['failure', 'attention'],
  ['timed_out', 'attention'],
  ['startup_failure', 'attention'],
  ['action_required', 'warning'],
  ['cancelled', 'default'],
  ['neutral', 'default'],
  ['skipped', 'default'],
  ['stale', 'default'],
]);

/** A conclusion → "succeeded"; unfinished runs say where they are ("queued", "in progress"). */
export function runPhrase(action: string, status: string | undefined, conclusion?: string): string {
  if (conclusion !== undefined) {
    return CONCLUSION_PHRASES.get(conclusion) ?? `finished: ${snakeToWords(conclusion)}`;
  }
  return snakeToWords(status && status !== 'completed' ? status : action);
}

/** Finished runs are coloured by result; running ones use the neutral highlight. */
export function runAccent(conclusion: string | undefined): Accent {
  if (conclusion === undefined) return 'accent';
  return CONCLUSION_ACCENTS.get(conclusion) ?? 'default';
}

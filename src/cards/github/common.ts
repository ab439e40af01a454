import type { Accent, CardFact } from '../../core/card-model.js';
import type { GitHubRepoRef } from '../../core/events/github.js';

/** Shared wording for GitHub cards. Pure; all output is plain text. */

export const SOURCE = 'GitHub';

export function repoTag(repo: GitHubRepoRef): string {
  return `[${repo.fullName}]`;
}

export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** GitHub's snake_case words as lower-case prose: `ready_for_review` → `ready for review`. */
export function snakeToWords(token: string): string {
  return token.replace(/_+/g, ' ').trim();
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Facts whose value is missing or empty are left out rather than shown blank. */
export function facts(...entries: [string, string | number | undefined][]): CardFact[] {
  return entries
    .filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '',
    )
    .map(([title, value]) => ({ title, value: String(value) }));
}

/** `2019-11-26T07:01:13Z` → `2019-11-26 07:01 UTC`; anything unparsable is shown as sent. */
export function utc(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

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

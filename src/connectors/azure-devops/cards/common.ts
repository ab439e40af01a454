import type { Accent } from '../../../core/card-model.js';
import type { AdoRepoRef } from '../events.js';

/** Shared wording for Azure DevOps cards. Pure; all output is plain text. */

export const SOURCE = 'Azure DevOps';

export { capitalize, facts, formatTime, plural } from '../../kit/wording.js';

/** `[repo]`, or `[project/repo]` when the repository is not named after its project. */
export function repoTag(repo: AdoRepoRef): string {
  if (repo.name === undefined) return repo.project ? `[${repo.project}]` : '';
  if (repo.project === undefined || repo.project === repo.name) return `[${repo.name}]`;
  return `[${repo.project}/${repo.name}]`;
}

/** A title part and a space, or nothing. */
export function prefix(tag: string): string {
  return tag.length > 0 ? `${tag} ` : '';
}

export interface Outcome {
  phrase: string;
  accent: Accent;
}

/*
 * Results and statuses across builds, runs and deployments (the words differ a little between
 * them). Maps, so a result such as "constructor" finds nothing.
 */
const OUTCOMES: ReadonlyMap<string, Outcome> = new Map<string, Outcome>([
  ['succeeded', { phrase: 'succeeded', accent: 'good' }],
  ['partiallysucceeded', { phrase: 'partially succeeded', accent: 'warning' }],
  ['failed', { phrase: 'failed', accent: 'attention' }],
  ['rejected', { phrase: 'was rejected', accent: 'attention' }],
  ['stopped', { phrase: 'was stopped', accent: 'default' }],
  ['canceled', { phrase: 'was canceled', accent: 'default' }],
  ['cancelled', { phrase: 'was canceled', accent: 'default' }],
  ['canceling', { phrase: 'is being canceled', accent: 'default' }],
  ['skipped', { phrase: 'was skipped', accent: 'default' }],
  ['abandoned', { phrase: 'was abandoned', accent: 'default' }],
  ['inprogress', { phrase: 'started', accent: 'accent' }],
  ['running', { phrase: 'started', accent: 'accent' }],
  ['queued', { phrase: 'queued', accent: 'accent' }],
  ['scheduled', { phrase: 'scheduled', accent: 'accent' }],
  ['notstarted', { phrase: 'not started', accent: 'default' }],
  ['waiting', { phrase: 'waiting', accent: 'warning' }],
]);

/** `partiallySucceeded` → "partially succeeded", in orange; unknown words are shown as sent. */
export function outcomeOf(result: string | undefined): Outcome | undefined {
  if (result === undefined) return undefined;
  return (
    OUTCOMES.get(result.toLowerCase()) ?? { phrase: `ended: ${words(result)}`, accent: 'default' }
  );
}

/** `partiallySucceeded` → "partially succeeded". */
export function words(token: string): string {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** "2 min 4 s" between two ISO times; undefined when either is missing or they are odd. */
export function duration(start: string | undefined, end: string | undefined): string | undefined {
  if (start === undefined || end === undefined) return undefined;
  const ms = Date.parse(end) - Date.parse(start);
  if (!Number.isFinite(ms) || ms < 0 || ms > 366 * 24 * 3600 * 1000) return undefined;
  const seconds = Math.round(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${s} s`;
  return `${s} s`;
}

/** A short commit id, as Azure DevOps shows them. */
export function shortCommit(sha: string | undefined): string | undefined {
  return sha === undefined ? undefined : sha.slice(0, 8);
}

/** Names, then "and N more" when the list was longer than what was kept. */
export function nameList(names: readonly string[], total: number): string | undefined {
  if (names.length === 0) return undefined;
  const more = total - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

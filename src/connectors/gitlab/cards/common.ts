import type { Accent, CardLink } from '../../../core/card-model.js';
import { snakeToWords } from '../../kit/wording.js';
import type { GitLabProject } from '../events.js';

/** Shared wording for GitLab cards. Pure; all output is plain text. */

export const SOURCE = 'GitLab';

export function projectTag(project: GitLabProject): string {
  return `[${project.path}]`;
}

export function projectLink(project: GitLabProject): CardLink {
  return { title: 'View project', url: project.url };
}

export { capitalize, facts, plural, snakeToWords } from '../../kit/wording.js';

/** GitLab shows 8-digit shas. */
export const SHA_DIGITS = 8;

/** A ref with the commit it points at: `main @ 6f88e719`. */
export function refAt(ref: string | undefined, sha: string | undefined): string | undefined {
  const short = sha?.slice(0, SHA_DIGITS);
  if (ref && short) return `${ref} @ ${short}`;
  return ref || short || undefined;
}

/** `84` → `1 min 24 s`; GitLab reports durations in (possibly fractional) seconds. */
export function duration(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return min > 0 ? `${h} h ${min} min` : `${h} h`;
  if (min > 0) return s > 0 ? `${min} min ${s} s` : `${min} min`;
  return `${s} s`;
}

/*
 * Tables keyed by payload words are Maps: a plain object would answer "constructor" or
 * "__proto__" with an inherited function or object instead of nothing.
 */

/** Pipeline, job and deployment statuses as a phrase after the subject, as GitLab words them. */
const STATUS_PHRASES: ReadonlyMap<string, string> = new Map([
  ['success', 'passed'],
  ['failed', 'failed'],
  ['running', 'running'],
  ['canceled', 'was canceled'],
  ['canceling', 'is being canceled'],
  ['skipped', 'was skipped'],
  ['manual', 'waits for a manual action'],
  ['scheduled', 'is scheduled'],
  ['blocked', 'is blocked'],
]);

const STATUS_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['success', 'good'],
  ['failed', 'attention'],
  ['running', 'accent'],
  ['manual', 'warning'],
  ['blocked', 'warning'],
  ['scheduled', 'accent'],
]);

export function statusPhrase(status: string): string {
  return STATUS_PHRASES.get(status) ?? snakeToWords(status);
}

/** Passed is green, failed red, waiting on someone amber; the rest are neutral. */
export function statusAccent(status: string): Accent {
  return STATUS_ACCENTS.get(status) ?? 'default';
}

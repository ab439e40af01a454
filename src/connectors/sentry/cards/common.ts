import type { Accent } from '../../../core/card-model.js';

/** Shared wording for Sentry cards. Pure; all output is plain text. */

export const SOURCE = 'Sentry';

export { capitalize, facts, plural, snakeToWords } from '../../kit/wording.js';
export { formatTime as utc } from '../../kit/wording.js';

/**
 * Event levels as Sentry colours them: fatal and error red, warning orange, info blue. A Map,
 * so a level like "constructor" from the body finds nothing.
 */
const LEVEL_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['fatal', 'attention'],
  ['error', 'attention'],
  ['warning', 'warning'],
  ['info', 'accent'],
  ['debug', 'default'],
  ['sample', 'default'],
]);

export function levelAccent(level: string | undefined): Accent {
  return (level && LEVEL_ACCENTS.get(level)) || 'default';
}

/** `[project] ` before a title, or nothing when the payload does not name the project. */
export function projectTag(project: string | undefined): string {
  return project ? `[${project}] ` : '';
}

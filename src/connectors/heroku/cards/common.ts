import type { Accent, CardLink } from '../../../core/card-model.js';

/** Shared wording for Heroku cards. Pure; all output is plain text. */

export const SOURCE = 'Heroku';

export { capitalize, facts, snakeToWords } from '../../kit/wording.js';
export { formatTime as utc } from '../../kit/wording.js';

/** Heroku app names: lower-case letters, digits and dashes, starting with a letter. */
const APP_NAME = /^[a-z][a-z0-9-]{1,29}$/;

/** The app's page in the dashboard; undefined for a name Heroku would not have given. */
export function dashboardUrl(app: string | undefined): string | undefined {
  return app && APP_NAME.test(app) ? `https://dashboard.heroku.com/apps/${app}` : undefined;
}

export function dashboardLink(app: string | undefined, path = ''): CardLink[] {
  const url = dashboardUrl(app);
  return url ? [{ title: 'Open in dashboard', url: `${url}${path}` }] : [];
}

/** `[my-app] ` before a title. */
export function appTag(app: string | undefined): string {
  return app ? `[${app}] ` : '';
}

/** Release and build statuses. Maps: a status like "constructor" from the body finds nothing. */
const STATUS_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['succeeded', 'good'],
  ['failed', 'attention'],
  ['pending', 'accent'],
  ['expired', 'default'],
]);

export function statusAccent(status: string | undefined): Accent {
  return (status && STATUS_ACCENTS.get(status)) || 'default';
}

/** Past participles of Heroku's actions, after the thing acted on. */
const DONE: ReadonlyMap<string, string> = new Map([
  ['create', 'created'],
  ['update', 'updated'],
  ['destroy', 'deleted'],
]);

export function done(action: string): string {
  return DONE.get(action) ?? action.replace(/_+/g, ' ');
}

/** "By ada@example.com", or nothing. */
export function byLine(actor: string | undefined): string | undefined {
  return actor ? `By ${actor}` : undefined;
}

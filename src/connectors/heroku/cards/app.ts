import type { Accent, CardLink, CardModel } from '../../../core/card-model.js';
import type { HerokuAppEvent, HerokuChange } from '../events.js';
import {
  SOURCE,
  appTag,
  byLine,
  capitalize,
  dashboardLink,
  dashboardUrl,
  done,
  facts,
  snakeToWords,
} from './common.js';

/** `maintenance: off → on` as a fact: the attribute in words, old → new. */
function changeFact(c: HerokuChange): [string, string] {
  const from = c.from ?? '?';
  const value = c.to === undefined ? `was ${from}` : `${from} → ${c.to}`;
  return [capitalize(snakeToWords(c.field)), value];
}

function accent(e: HerokuAppEvent): Accent {
  if (e.action === 'destroy') return 'attention';
  // Maintenance mode turned on takes the app offline: worth a colour.
  const maintenance = e.changes.find((c) => c.field === 'maintenance');
  if (maintenance?.to === 'on') return 'warning';
  return 'default';
}

/** `[my-app] App updated: maintenance, name`. */
export function appCard(e: HerokuAppEvent): CardModel {
  const changed = e.changes.map((c) => snakeToWords(c.field)).join(', ');
  const more =
    e.changeCount > e.changes.length ? ` and ${e.changeCount - e.changes.length} more` : '';
  const about = e.action === 'update' && changed ? `: ${changed}${more}` : '';
  const title = `${appTag(e.app)}App ${done(e.action)}${about}`;
  const links: CardLink[] = [];
  if (e.webUrl && e.action !== 'destroy') links.push({ title: 'Open app', url: e.webUrl });
  if (e.action !== 'destroy') links.push(...dashboardLink(e.app));
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: e.action === 'destroy' ? undefined : dashboardUrl(e.app),
    subtitle: byLine(e.actor),
    accent: accent(e),
    facts: [
      ...e.changes.map(changeFact).map(([title, value]) => ({ title, value })),
      ...facts(
        // An update names what changed; the app's other attributes only when nothing is named.
        ['Region', e.changes.length > 0 ? undefined : e.region],
        ['Stack', e.changes.length > 0 ? undefined : e.stack],
        ['Web URL', e.webUrl],
      ),
    ],
    links,
  };
}

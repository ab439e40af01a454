import type { Accent, CardList, CardModel } from '../../core/card-model.js';
import { capitalize, facts, snakeToWords, utcMinute } from '../kit/wording.js';
import type { NewRelicEvent, NewRelicNames } from './events.js';

export const SOURCE = 'New Relic';

/** The word a card leads with, so an open issue and a closed one read apart at a glance. */
const STATE_WORDS: ReadonlyMap<string, string> = new Map([
  ['CREATED', 'Created'],
  ['ACTIVATED', 'Activated'],
  ['ACKNOWLEDGED', 'Acknowledged'],
  ['CLOSED', 'Closed'],
]);

const PRIORITY_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['CRITICAL', 'attention'],
  ['HIGH', 'warning'],
  ['MEDIUM', 'accent'],
  ['LOW', 'default'],
]);

/** A closed issue is good news; an open one is as urgent as its priority. */
function accentOf(e: NewRelicEvent): Accent {
  if (e.state === 'CLOSED') return 'good';
  // The priority's first word, so a template's "CRITICAL (P1)" still reads as critical.
  const word = e.priority?.split(/\s/, 1)[0]?.toUpperCase();
  const accent = word ? PRIORITY_ACCENTS.get(word) : undefined;
  if (accent) return accent;
  // Open and ungraded: treated as serious; a notification with neither says nothing of urgency.
  return e.state || e.priority ? 'attention' : 'default';
}

function titleOf(e: NewRelicEvent): string {
  const word =
    e.state && (STATE_WORDS.get(e.state) ?? capitalize(snakeToWords(e.state.toLowerCase())));
  const subject = e.title ?? (word ? 'New Relic issue' : 'New Relic notification');
  return word ? `${word}: ${subject}` : subject;
}

/** "Golden Signals, Infra and 2 more", or undefined for an empty list. */
function nameList(list: NewRelicNames | undefined): string | undefined {
  if (list === undefined || list.names.length === 0) return undefined;
  const more = list.total - list.names.length;
  return more > 0 ? `${list.names.join(', ')} and ${more} more` : list.names.join(', ');
}

function plural(list: NewRelicNames | undefined, one: string, many: string): string {
  return list !== undefined && list.total > 1 ? many : one;
}

function entityList(list: NewRelicNames | undefined): CardList | undefined {
  if (list === undefined || list.names.length === 0) return undefined;
  return {
    label: 'entities',
    items: list.names.map((text) => ({ text })),
    total: Math.max(list.total, list.names.length),
  };
}

/** Pure: one normalised New Relic notification → the presentation-neutral card. */
export function newRelicCard(e: NewRelicEvent): CardModel {
  const title = titleOf(e);
  const list = entityList(e.entities);
  const updated = utcMinute(e.updatedAt);
  const created = utcMinute(e.createdAt);
  const subtitle = [e.workflow && `via ${e.workflow}`, updated ?? created]
    .filter(Boolean)
    .join(' · ');
  return {
    source: SOURCE,
    summary: e.priority ? `${title} (${e.priority})` : title,
    title,
    ...(e.url ? { titleUrl: e.url } : {}),
    ...(subtitle ? { subtitle } : {}),
    accent: accentOf(e),
    facts: [
      ...facts(
        ['Priority', e.priority],
        ['State', e.state?.toLowerCase()],
        ['Impacted entities', e.entities?.total],
        ['Incidents', e.totalIncidents],
        [plural(e.policies, 'Policy', 'Policies'), nameList(e.policies)],
        [plural(e.conditions, 'Condition', 'Conditions'), nameList(e.conditions)],
        ['Trigger', e.trigger && snakeToWords(e.trigger.toLowerCase())],
        ['Correlated', e.correlated ? 'yes' : undefined],
        ['Sources', nameList(e.sources)],
        ['Created', created],
        ['Updated', updated !== created ? updated : undefined],
      ),
      ...e.extra.facts,
    ],
    ...(list ? { list } : {}),
    links: [...(e.url ? [{ title: 'Open issue', url: e.url }] : []), ...e.extra.links],
  };
}

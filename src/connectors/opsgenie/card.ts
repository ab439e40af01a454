import type { Accent, CardFact, CardModel } from '../../core/card-model.js';
import { camelToWords, facts, utcMinute } from '../kit/wording.js';
import type { OpsgenieAlert, OpsgenieEvent, OpsgenieNames } from './events.js';

export const SOURCE = 'Opsgenie';

/** How urgent an open alert looks, by Opsgenie priority; P3 is Opsgenie's default. */
const PRIORITY_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['P1', 'attention'],
  ['P2', 'attention'],
  ['P3', 'warning'],
  ['P4', 'default'],
  ['P5', 'default'],
]);

function priorityAccent(alert: OpsgenieAlert): Accent {
  return (alert.priority && PRIORITY_ACCENTS.get(alert.priority)) || 'warning';
}

interface ActionWords {
  /** Leads the title, so an opened alert and a closed one read apart at a glance. */
  phrase: string;
  accent: (alert: OpsgenieAlert) => Accent;
  /** The alert's state after the action, for those that change it. */
  state?: string;
}

const fixed = (accent: Accent) => () => accent;

/** A Map, so an action named "constructor" finds nothing. */
const ACTIONS: ReadonlyMap<string, ActionWords> = new Map<string, ActionWords>([
  ['Create', { phrase: 'Opened', accent: priorityAccent, state: 'open' }],
  ['Acknowledge', { phrase: 'Acknowledged', accent: fixed('warning'), state: 'acknowledged' }],
  ['UnAcknowledge', { phrase: 'Unacknowledged', accent: priorityAccent, state: 'open' }],
  ['Close', { phrase: 'Closed', accent: fixed('good'), state: 'closed' }],
  ['Delete', { phrase: 'Deleted', accent: fixed('default'), state: 'deleted' }],
  ['Escalate', { phrase: 'Escalated', accent: priorityAccent }],
  ['AddNote', { phrase: 'Note on', accent: fixed('accent') }],
  ['AddTags', { phrase: 'Tags added to', accent: fixed('default') }],
  ['RemoveTags', { phrase: 'Tags removed from', accent: fixed('default') }],
  ['AssignOwnership', { phrase: 'Owner assigned for', accent: fixed('accent') }],
  ['TakeOwnership', { phrase: 'Ownership taken of', accent: fixed('accent') }],
  ['AddRecipient', { phrase: 'Recipient added to', accent: fixed('default') }],
  ['AddTeam', { phrase: 'Team added to', accent: fixed('default') }],
]);

/** A custom action, or one Opsgenie adds later: its name in words. */
function otherAction(action: string): ActionWords {
  return { phrase: `${camelToWords(action)} on`, accent: fixed('default') };
}

/** "Opened #23: Disk full", "Opened #23", "Opened: Disk full". */
function title(phrase: string, alert: OpsgenieAlert): string {
  const number = alert.tinyId ? ` #${alert.tinyId}` : '';
  const subject = alert.message ?? alert.alias;
  if (subject) return `${phrase}${number}: ${subject}`;
  return `${phrase}${number || ' an alert'}`;
}

/** "db, disk and 3 more", or undefined for an empty list. */
function nameList(list: OpsgenieNames | undefined): string | undefined {
  if (list === undefined || list.names.length === 0) return undefined;
  const more = list.total - list.names.length;
  return more > 0 ? `${list.names.join(', ')} and ${more} more` : list.names.join(', ');
}

/** Pure: one normalised Opsgenie alert action → the presentation-neutral card. */
export function opsgenieCard(event: OpsgenieEvent): CardModel {
  const { alert } = event;
  const words = ACTIONS.get(event.action) ?? otherAction(event.action);
  const heading = title(words.phrase, alert);
  const when = utcMinute(event.at);
  const subtitle = [event.who && `by ${event.who}`, when].filter(Boolean).join(' · ');
  // Create and custom actions carry the alert's description and its whole context.
  const full = event.action === 'Create' || !ACTIONS.has(event.action);
  return {
    source: SOURCE,
    summary: alert.priority ? `${heading} (${alert.priority})` : heading,
    title: heading,
    ...(alert.url ? { titleUrl: alert.url } : {}),
    ...(subtitle ? { subtitle } : {}),
    accent: words.accent(alert),
    ...textOf(event, full),
    facts: [
      ...facts(
        ['Priority', alert.priority],
        ['State', words.state],
        ['Tags added', event.addedTags],
        ['Tags removed', event.removedTags],
        ['Owner', event.owner],
        ['Recipient', event.recipient],
        ['Team', event.team],
        ['Escalation', event.escalation],
        ['Notified', event.notified],
        ['Tags', nameList(alert.tags)],
      ),
      ...(full ? context(alert, event.action !== 'Create') : []),
    ],
    links: alert.url ? [{ title: 'Open alert', url: alert.url }] : [],
  };
}

function textOf(event: OpsgenieEvent, full: boolean): { text?: string } {
  const text = event.note ?? (full ? event.alert.description : undefined);
  return text ? { text } : {};
}

/** Who and what the alert is about; the subtitle already dates a Create by its creation. */
function context(alert: OpsgenieAlert, dated: boolean): CardFact[] {
  return facts(
    ['Entity', alert.entity],
    ['Source', alert.source],
    ['Alias', alert.alias],
    ['Recipients', nameList(alert.recipients)],
    ['Teams', nameList(alert.teams)],
    ['Responders', nameList(alert.responders)],
    ['Created', dated ? utcMinute(alert.createdAt) : undefined],
  );
}

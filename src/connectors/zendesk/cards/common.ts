import type { Accent } from '../../../core/card-model.js';
import type { ZendeskTicket } from '../events.js';

/** Shared wording for Zendesk cards. Pure; all output is plain text. */

export const SOURCE = 'Zendesk';

export { capitalize, facts, snakeToWords } from '../../kit/wording.js';
export { formatTime as utc } from '../../kit/wording.js';

/** `Ticket #35436`, or `A ticket` when the payload names none. */
export function ticketName(t: ZendeskTicket): string {
  return t.id ? `ticket #${t.id}` : 'a ticket';
}

/** `: Printer on fire` after a title, when the ticket has a subject. */
export function about(t: ZendeskTicket): string {
  return t.subject ? `: ${t.subject}` : '';
}

/**
 * Zendesk's words as its interface shows them: `open` and `OPEN` (event webhooks write
 * statuses in capitals) → `Open`, `web_form` → `Web form`. Other text keeps its case.
 */
export function shown(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const cased = /^[A-Z][A-Z_-]*$/.test(value) ? value.toLowerCase() : value;
  const words = cased.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Urgent tickets are red, high ones orange. Maps: a word from the body finds nothing else. */
const PRIORITY_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['urgent', 'attention'],
  ['high', 'warning'],
]);

export function priorityAccent(priority: string | undefined): Accent | undefined {
  return priority ? PRIORITY_ACCENTS.get(priority) : undefined;
}

/** People and groups: a name from a trigger body, an id from an event webhook. */
export function who(value: string | undefined, kind = 'user'): string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? `${kind} ${value}` : value;
}

/** The ticket's own attributes, as facts. */
export function ticketFacts(t: ZendeskTicket): [string, string | undefined][] {
  return [
    ['Ticket', t.id ? `#${t.id}` : undefined],
    ['Status', shown(t.status)],
    ['Priority', shown(t.priority)],
    ['Type', shown(t.ticketType)],
    ['Channel', shown(t.channel)],
    ['Requester', who(t.requester)],
    ['Assignee', who(t.assignee)],
    ['Group', who(t.group, 'group')],
  ];
}

export function ticketLinks(t: ZendeskTicket) {
  return t.url ? [{ title: 'View ticket', url: t.url }] : [];
}

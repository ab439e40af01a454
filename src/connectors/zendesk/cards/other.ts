import type { CardModel } from '../../../core/card-model.js';
import type { ZendeskMessageEvent, ZendeskOtherEvent, ZendeskTriggerEvent } from '../events.js';
import {
  SOURCE,
  about,
  capitalize,
  facts,
  priorityAccent,
  shown,
  snakeToWords,
  ticketFacts,
  ticketLinks,
  ticketName,
  utc,
} from './common.js';

/** A messaging conversation's new message: who wrote it, and what. */
export function messageCard(e: ZendeskMessageEvent): CardModel {
  const title = `New message on ${ticketName(e.ticket)}${about(e.ticket)}`;
  const kind = shown(e.authorType);
  const author = e.author ? `${e.author}${kind ? ` (${kind.toLowerCase()})` : ''}` : kind;
  return {
    source: SOURCE,
    summary: author ? `${title} from ${author}` : title,
    title,
    titleUrl: e.ticket.url,
    subtitle: author ? `From ${author}` : utc(e.time),
    accent: 'default',
    text: e.body,
    facts: facts(...ticketFacts(e.ticket), ['Sent', utc(e.time)]),
    links: ticketLinks(e.ticket),
  };
}

/** A trigger or automation's body: the ticket as its placeholders described it. */
export function triggerCard(e: ZendeskTriggerEvent): CardModel {
  const { ticket } = e;
  const title = `${capitalize(ticketName(ticket))}${about(ticket)}`;
  const requester = ticket.requester ? `Requested by ${ticket.requester}` : undefined;
  return {
    source: SOURCE,
    summary: requester ? `${title} (${requester.toLowerCase()})` : title,
    title,
    titleUrl: ticket.url,
    subtitle: requester ?? 'Zendesk trigger',
    accent:
      ticket.status === 'solved' || ticket.status === 'closed'
        ? 'good'
        : (priorityAccent(ticket.priority) ?? 'default'),
    text: e.comment,
    facts: facts(...ticketFacts(ticket)),
    links: ticketLinks(ticket),
  };
}

/** `Zendesk article published: Resetting your password`. */
export function otherCard(e: ZendeskOtherEvent): CardModel {
  const [domain = e.event, ...rest] = e.event.split('.');
  const what = `${capitalize(snakeToWords(domain))} ${snakeToWords(rest.join(' '))}`.trim();
  const title = `Zendesk ${what.charAt(0).toLowerCase()}${what.slice(1)}${e.title ? `: ${e.title}` : ''}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: utc(e.time),
    accent: 'default',
    facts: facts(['Event', e.event], ['Subject', e.subject]),
    links: e.url ? [{ title: 'View in Zendesk', url: e.url }] : [],
  };
}

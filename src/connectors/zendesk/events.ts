/**
 * Normalised Zendesk events: only what a card shows, already cut to size. Every member has
 * `source: 'zendesk'` and a distinct `type`.
 */

/** A value before and after a `*_changed` event, as Zendesk wrote them. */
export interface ZendeskChange {
  from?: string;
  to?: string;
}

export interface ZendeskTicket {
  /** Digits only: it goes into the agent link. */
  id?: string;
  subject?: string;
  /** Lower case: `new`, `open`, `pending`, `hold`, `solved`, `closed`. */
  status?: string;
  /** Lower case: `low`, `normal`, `high`, `urgent`. */
  priority?: string;
  ticketType?: string;
  channel?: string;
  /** Event webhooks carry people as ids only; trigger bodies can carry names. */
  requester?: string;
  assignee?: string;
  group?: string;
  createdAt?: string;
  /** The agent's view of the ticket, when the payload tells the account's subdomain. */
  url?: string;
}

export interface ZendeskTicketEvent {
  source: 'zendesk';
  type: 'ticket';
  /** The event without `ticket.`: `created`, `status_changed`, `comment_added`. */
  event: string;
  ticket: ZendeskTicket;
  change?: ZendeskChange;
  /** custom_field_changed: the field's title. */
  field?: string;
  comment?: { body?: string; author?: string; isPublic?: boolean };
  tagsAdded?: string[];
  tagsRemoved?: string[];
  mergedInto?: string;
  time?: string;
}

export interface ZendeskPersonEvent {
  source: 'zendesk';
  /** A user or an organization. */
  type: 'user' | 'organization';
  event: string;
  id?: string;
  name?: string;
  email?: string;
  role?: string;
  change?: ZendeskChange;
  url?: string;
  time?: string;
}

export interface ZendeskMessageEvent {
  source: 'zendesk';
  type: 'message';
  ticket: ZendeskTicket;
  author?: string;
  /** `end-user`, `agent`, `system`… */
  authorType?: string;
  body?: string;
  time?: string;
}

export interface ZendeskTriggerEvent {
  source: 'zendesk';
  type: 'trigger';
  ticket: ZendeskTicket;
  comment?: string;
}

export interface ZendeskOtherEvent {
  source: 'zendesk';
  type: 'other';
  event: string;
  /** `zen:article:123`. */
  subject?: string;
  title?: string;
  url?: string;
  time?: string;
}

export type ZendeskEvent =
  | ZendeskTicketEvent
  | ZendeskPersonEvent
  | ZendeskMessageEvent
  | ZendeskTriggerEvent
  | ZendeskOtherEvent;

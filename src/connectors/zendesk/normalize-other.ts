import { z } from 'zod';
import { loose } from '../kit/schema.js';
import type { ZendeskMessageEvent, ZendeskOtherEvent } from './events.js';
import { LIMITS } from './limits.js';
import { toTicket } from './normalize-ticket.js';
import { link, text, word, type ZendeskEnvelope } from './schema.js';

const message = z.object({
  actor: loose(z.object({ name: text(LIMITS.name), type: word })),
  message: loose(z.object({ body: text(LIMITS.body) })),
});

/** `messaging_ticket.message_added`: a message in a messaging (chat) conversation. */
export function normalizeMessage(
  e: ZendeskEnvelope,
  subdomain: string | undefined,
): ZendeskMessageEvent {
  const m = message.safeParse(e.event).data ?? {};
  return {
    source: 'zendesk',
    type: 'message',
    ticket: toTicket(e, subdomain),
    author: m.actor?.name,
    authorType: m.actor?.type,
    body: m.message?.body,
    time: e.time,
  };
}

/** Where other resources put their name and page. */
const named = z.object({
  title: text(LIMITS.title),
  name: text(LIMITS.title),
  html_url: link,
});

/** Articles, community posts, agent availability and types Zendesk adds later. */
export function normalizeOther(e: ZendeskEnvelope, event: string): ZendeskOtherEvent {
  const d = named.safeParse(e.detail).data ?? {};
  const ev = named.safeParse(e.event).data ?? {};
  return {
    source: 'zendesk',
    type: 'other',
    event,
    subject: e.subject,
    title: d.title ?? ev.title ?? d.name ?? ev.name,
    url: d.html_url ?? ev.html_url,
    time: e.time,
  };
}

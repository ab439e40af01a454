import { z } from 'zod';
import { arrayHead, line, loose } from '../kit/schema.js';
import type { ZendeskTicket, ZendeskTicketEvent } from './events.js';
import { LIMITS } from './limits.js';
import { changeValue, numericId, text, word, type ZendeskEnvelope } from './schema.js';
import { agentUrl } from './subdomain.js';

/** The ticket as event webhooks' `detail` carries it: people and groups by id only. */
const detail = z.object({
  id: numericId,
  subject: text(LIMITS.title),
  status: word,
  priority: word,
  type: word,
  via: loose(z.object({ channel: word })),
  requester_id: numericId,
  assignee_id: numericId,
  group_id: numericId,
  created_at: text(40),
});

const tags = loose(arrayHead(line(LIMITS.name), LIMITS.tags));

/** `event`: what changed. Each event type fills only its own fields. */
const change = z.object({
  previous: changeValue,
  current: changeValue,
  comment: loose(
    z.object({
      body: text(LIMITS.body),
      is_public: loose(z.boolean()),
      author: loose(z.object({ name: text(LIMITS.name) })),
    }),
  ),
  tags_added: tags,
  tags_removed: tags,
  target_ticket_id: numericId,
  custom_field: loose(z.object({ title: text(LIMITS.name) })),
});

/** Custom field events wrap their values: `{ current: { value } }`. */
const customValues = z.object({
  previous: loose(z.object({ value: changeValue })),
  current: loose(z.object({ value: changeValue })),
});

/** `zen:ticket:35436` → `35436`, for payloads whose detail lacks the id. */
export function ticketIdFromSubject(subject: string | undefined): string | undefined {
  return subject?.match(/^zen:ticket:(\d{1,20})$/)?.[1];
}

export function toTicket(e: ZendeskEnvelope, subdomain: string | undefined): ZendeskTicket {
  const d = detail.safeParse(e.detail).data ?? {};
  const id = d.id ?? ticketIdFromSubject(e.subject);
  return {
    id,
    subject: d.subject,
    status: d.status,
    priority: d.priority,
    ticketType: d.type,
    channel: d.via?.channel,
    requester: d.requester_id,
    assignee: d.assignee_id,
    group: d.group_id,
    createdAt: d.created_at,
    url: agentUrl(subdomain, 'tickets', id),
  };
}

/** `ticket.*`: a ticket created, changed, commented on, merged or deleted. */
export function normalizeTicket(
  e: ZendeskEnvelope,
  event: string,
  subdomain: string | undefined,
): ZendeskTicketEvent {
  const c = change.safeParse(e.event).data ?? {};
  const custom =
    event === 'custom_field_changed' ? customValues.safeParse(e.event).data : undefined;
  const from = custom?.previous?.value ?? c.previous;
  const to = custom?.current?.value ?? c.current;
  return {
    source: 'zendesk',
    type: 'ticket',
    event,
    ticket: toTicket(e, subdomain),
    change: from !== undefined || to !== undefined ? { from, to } : undefined,
    field: c.custom_field?.title,
    comment: c.comment
      ? { body: c.comment.body, author: c.comment.author?.name, isPublic: c.comment.is_public }
      : undefined,
    tagsAdded: c.tags_added,
    tagsRemoved: c.tags_removed,
    mergedInto: c.target_ticket_id,
    time: e.time,
  };
}

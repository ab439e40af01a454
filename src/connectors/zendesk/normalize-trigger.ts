import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { loose } from '../kit/schema.js';
import type { ZendeskTriggerEvent } from './events.js';
import { LIMITS } from './limits.js';
import { link, numericId, text, word } from './schema.js';
import { agentUrl } from './subdomain.js';

/** A person as a placeholder renders them (`{{ticket.requester.name}}`) or as an object. */
const person = loose(
  z.union([
    z.string().transform((s) => excerpt(s, LIMITS.name)),
    z
      .object({ name: text(LIMITS.name), email: text(LIMITS.name) })
      .transform((p) => p.name ?? p.email),
  ]),
);

/**
 * The fields of the JSON body the README recommends for a trigger or automation (Zendesk
 * fills the placeholders), under `ticket` or at the top level:
 * `{"ticket": {"id": "{{ticket.id}}", "title": "{{ticket.title}}", "status": "{{ticket.status}}",
 * "priority": "{{ticket.priority}}", "requester": "{{ticket.requester.name}}",
 * "assignee": "{{ticket.assignee.name}}", "group": "{{ticket.group.name}}",
 * "url": "{{ticket.url}}", "latest_comment": "{{ticket.latest_comment}}"}}`.
 */
const ticketFields = z.object({
  id: numericId,
  ticket_id: numericId,
  title: text(LIMITS.title),
  subject: text(LIMITS.title),
  status: word,
  priority: word,
  type: word,
  via: word,
  requester: person,
  assignee: person,
  group: person,
  link,
  latest_comment: text(LIMITS.body),
  comment: text(LIMITS.body),
});

const body = z.object({ ticket: loose(z.unknown()) });

/**
 * A trigger or automation body: what the user wrote, so every field is optional; it must at
 * least name a ticket, by id or title, to be worth a card. Undefined otherwise.
 */
export function normalizeTrigger(
  payload: unknown,
  subdomain: string | undefined,
): ZendeskTriggerEvent | undefined {
  const nested = body.safeParse(payload).data?.ticket;
  const source = typeof nested === 'object' && nested !== null ? nested : payload;
  const t = ticketFields.safeParse(source).data;
  if (t === undefined) return undefined;
  const id = t.id ?? t.ticket_id;
  const subject = t.title ?? t.subject;
  if (id === undefined && subject === undefined) return undefined;
  return {
    source: 'zendesk',
    type: 'trigger',
    ticket: {
      id,
      subject,
      status: t.status,
      priority: t.priority,
      ticketType: t.type,
      channel: t.via,
      requester: t.requester,
      assignee: t.assignee,
      group: t.group,
      url: agentUrl(subdomain, 'tickets', id) ?? t.link,
    },
    comment: t.latest_comment ?? t.comment,
  };
}

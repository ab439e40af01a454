import type { Accent, CardModel } from '../../../core/card-model.js';
import type { ZendeskTicketEvent } from '../events.js';
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

/** Events that need no detail to be told: `Ticket #5 marked as spam`. */
const PLAIN: ReadonlyMap<string, string> = new Map([
  ['soft_deleted', 'deleted'],
  ['permanently_deleted', 'permanently deleted'],
  ['undeleted', 'restored'],
  ['marked_as_spam', 'marked as spam'],
  ['comment_made_private', 'comment made private'],
  ['comment_redacted', 'comment redacted'],
  ['attachment_linked_to_comment', 'attachment added'],
  ['attachment_redacted_from_comment', 'attachment redacted'],
]);

/** `*_changed` events whose field reads better under another name. */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ['agent_assignment', 'assignee'],
  ['group_assignment', 'group'],
  ['custom_status', 'status'],
  ['task_due_at', 'due date'],
  ['email_ccs', 'CCs'],
]);

function fieldOf(e: ZendeskTicketEvent): string {
  const key = e.event.replace(/_changed$/, '');
  if (key === 'custom_field' && e.field) return e.field;
  return FIELDS.get(key) ?? snakeToWords(key);
}

function headline(e: ZendeskTicketEvent): string {
  const name = ticketName(e.ticket);
  const Name = capitalize(name);
  if (e.event === 'created') return `New ${name}`;
  if (e.event === 'comment_added') {
    return e.comment?.isPublic === false ? `Internal note on ${name}` : `New comment on ${name}`;
  }
  if (e.event === 'merged')
    return e.mergedInto ? `${Name} merged into #${e.mergedInto}` : `${Name} merged`;
  const plain = PLAIN.get(e.event);
  if (plain) return `${Name} ${plain}`;
  if (e.event.endsWith('_changed')) {
    const field = fieldOf(e);
    const to =
      e.event === 'status_changed' || e.event === 'priority_changed'
        ? shown(e.change?.to)
        : undefined;
    return to ? `${Name} ${field} changed to ${to}` : `${Name} ${field} changed`;
  }
  return `${Name} ${snakeToWords(e.event)}`;
}

function accent(e: ZendeskTicketEvent): Accent {
  if (e.event === 'status_changed') {
    const to = e.change?.to?.toLowerCase();
    if (to === 'solved' || to === 'closed') return 'good';
  }
  if (e.event === 'permanently_deleted' || e.event === 'marked_as_spam') return 'default';
  return priorityAccent(e.ticket.priority) ?? (e.event === 'created' ? 'accent' : 'default');
}

function changeValue(from: string | undefined, to: string | undefined): string | undefined {
  if (from === undefined && to === undefined) return undefined;
  return `${shown(from) ?? '?'} → ${shown(to) ?? '?'}`;
}

export function ticketCard(e: ZendeskTicketEvent): CardModel {
  const title = `${headline(e)}${about(e.ticket)}`;
  const author = e.comment?.author;
  const changed = e.event.endsWith('_changed') ? capitalize(fieldOf(e)) : undefined;
  return {
    source: SOURCE,
    summary: author ? `${title} by ${author}` : title,
    title,
    titleUrl: e.ticket.url,
    subtitle: author ? `By ${author}` : utc(e.time),
    accent: accent(e),
    text: e.comment?.body,
    facts: facts(
      [changed ?? 'Change', changed ? changeValue(e.change?.from, e.change?.to) : undefined],
      ['Tags added', e.tagsAdded?.join(', ')],
      ['Tags removed', e.tagsRemoved?.join(', ')],
      // The changed field is shown once, as old → new.
      ...ticketFacts(e.ticket).filter(([name]) => name !== changed),
      ['Created', e.event === 'created' ? utc(e.ticket.createdAt) : undefined],
    ),
    links: ticketLinks(e.ticket),
  };
}

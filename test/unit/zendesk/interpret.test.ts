import { describe, expect, it } from 'vitest';
import { interpretZendesk } from '../../../src/connectors/zendesk/interpret.js';
import { ticketDetail, zendeskEvent } from '../../fixtures/zendesk/payloads.js';
import { signedRequest } from '../../fixtures/zendesk/request.js';

const outcome = (payload: unknown, headers: Record<string, string | undefined> = {}) =>
  interpretZendesk(payload, signedRequest(payload, headers));

describe('Zendesk event names and ids', () => {
  it('names the event by the body type without its namespace, keyed by the body id', () => {
    expect(outcome(zendeskEvent('ticket.created', ticketDetail()))).toMatchObject({
      kind: 'event',
      eventName: 'ticket.created',
      deliveryId: '01JABCDEFGHJKMNPQRSTVWXYZ0',
    });
  });

  it('falls back to the invocation id when the event has no id', () => {
    const payload = zendeskEvent('ticket.created', ticketDetail(), {}, { id: undefined });
    expect(outcome(payload, { 'x-zendesk-webhook-invocation-id': 'inv-9' })).toMatchObject({
      deliveryId: 'inv-9',
    });
  });

  it('refuses an odd event type or an oversized id', () => {
    expect(outcome({ type: 'zen:event-type:Ticket Created' })).toMatchObject({
      kind: 'malformed',
    });
    expect(
      outcome(zendeskEvent('ticket.created', ticketDetail(), {}, { id: 'x'.repeat(200) })),
    ).toMatchObject({ kind: 'malformed' });
  });

  it('reads a body without a zen:event-type as a trigger body naming a ticket', () => {
    const payload = { ticket: { id: '77', title: 'Refund please', status: 'pending' } };
    expect(outcome(payload, { 'x-zendesk-webhook-invocation-id': 'inv-1' })).toMatchObject({
      kind: 'event',
      eventName: 'trigger',
      deliveryId: 'inv-1',
      event: { type: 'trigger', ticket: { id: '77', subject: 'Refund please', status: 'pending' } },
    });
    const flat = { ticket_id: 78, subject: 'Flat body' };
    expect(outcome(flat)).toMatchObject({ event: { ticket: { id: '78', subject: 'Flat body' } } });
  });

  it('keys a trigger body without an invocation id by its bytes, the same for a retry', () => {
    const payload = { ticket: { id: '77', title: 'Refund please' } };
    const first = outcome(payload);
    const again = outcome(payload);
    const other = outcome({ ticket: { id: '78', title: 'Refund please' } });
    if (first.kind !== 'event' || other.kind !== 'event') throw new Error('not events');
    expect(first.deliveryId).toMatch(/^body:[0-9a-f]{64}$/);
    expect(again).toMatchObject({ deliveryId: first.deliveryId });
    expect(other.deliveryId).not.toBe(first.deliveryId);
  });

  it('refuses a body that is neither an event nor names a ticket', () => {
    const result = outcome({ hello: 'world' });
    expect(result).toMatchObject({ kind: 'malformed' });
    if (result.kind === 'malformed') expect(result.message).toMatch(/trigger body/);
  });
});

describe('Zendesk normalisation', () => {
  it('reads the ticket, and its id from the subject when the detail lacks it', () => {
    const event = outcome(zendeskEvent('ticket.created', { subject: 'Help', status: 'NEW' }));
    expect(event).toMatchObject({
      event: { type: 'ticket', event: 'created', ticket: { id: '1201', status: 'new' } },
    });
  });

  it('links the agent view only when a payload URL names the subdomain', () => {
    const bare = outcome(zendeskEvent('ticket.created', ticketDetail()));
    expect(bare).toMatchObject({ event: { ticket: { url: undefined } } });
    const withAttachment = outcome(
      zendeskEvent('ticket.attachment_linked_to_comment', ticketDetail(), {
        attachment: {
          content_url: 'https://acme-help.zendesk.com/attachments/token/x/?name=a.png',
        },
      }),
    );
    expect(withAttachment).toMatchObject({
      event: { ticket: { url: 'https://acme-help.zendesk.com/agent/tickets/1201' } },
    });
  });

  it('does not take a subdomain from free text or other hosts', () => {
    const payload = zendeskEvent('ticket.comment_added', ticketDetail(), {
      comment: { body: 'https://other.zendesk.com/agent/tickets/1', is_public: true },
      related: { url: 'https://zendesk.com.evil.example/x' },
    });
    expect(outcome(payload)).toMatchObject({ event: { ticket: { url: undefined } } });
  });

  it('reads a comment, a change, tags and a merge', () => {
    const comment = outcome(
      zendeskEvent('ticket.comment_added', ticketDetail(), {
        comment: { body: 'Reset link sent', is_public: false, author: { name: 'Grace' } },
      }),
    );
    expect(comment).toMatchObject({
      event: { comment: { body: 'Reset link sent', author: 'Grace', isPublic: false } },
    });
    const status = outcome(
      zendeskEvent('ticket.status_changed', ticketDetail(), {
        previous: 'OPEN',
        current: 'PENDING',
      }),
    );
    expect(status).toMatchObject({ event: { change: { from: 'OPEN', to: 'PENDING' } } });
    const tags = outcome(
      zendeskEvent('ticket.tags_changed', ticketDetail(), {
        tags_added: ['vip'],
        tags_removed: [],
      }),
    );
    expect(tags).toMatchObject({ event: { tagsAdded: ['vip'], tagsRemoved: [] } });
    const merged = outcome(
      zendeskEvent('ticket.merged', ticketDetail(), { target_ticket_id: 900 }),
    );
    expect(merged).toMatchObject({ event: { mergedInto: '900' } });
  });

  it('reads a custom field change by its title and wrapped values', () => {
    const result = outcome(
      zendeskEvent('ticket.custom_field_changed', ticketDetail(), {
        custom_field: { id: '1', title: 'Plan', type: 'tagger' },
        previous: { value: 'basic' },
        current: { value: 'pro' },
      }),
    );
    expect(result).toMatchObject({
      event: { field: 'Plan', change: { from: 'basic', to: 'pro' } },
    });
  });

  it('reads a user change and a messaging message', () => {
    const user = outcome(
      zendeskEvent(
        'user.role_changed',
        { id: '501', email: 'ada@example.com', role: 'agent' },
        { previous: 'end-user', current: 'agent' },
        { subject: 'zen:user:501' },
      ),
    );
    expect(user).toMatchObject({
      event: { type: 'user', id: '501', change: { from: 'end-user', to: 'agent' } },
    });
    const message = outcome(
      zendeskEvent(
        'messaging_ticket.message_added',
        { id: '141' },
        { actor: { name: 'Sam', type: 'end-user' }, message: { body: 'Hello?' } },
      ),
    );
    expect(message).toMatchObject({
      event: { type: 'message', author: 'Sam', body: 'Hello?', ticket: { id: '141' } },
    });
  });

  it('keeps a huge subject, comment and tag list small, beside many link fields', () => {
    const huge = 'x'.repeat(100_000);
    const tags = Array.from({ length: 50_000 }, (_, i) => `tag${i}`);
    const noise = Object.fromEntries(
      Array.from({ length: 50_000 }, (_, i) => [`k${i}`, { url: `https://example.test/${i}` }]),
    );
    const result = outcome(
      zendeskEvent('ticket.comment_added', ticketDetail({ subject: huge }), {
        comment: { body: huge },
        tags_added: tags,
        noise,
      }),
    );
    if (result.kind !== 'event') throw new Error('not an event');
    expect(JSON.stringify(result.event).length).toBeLessThan(3_000);
  });
});

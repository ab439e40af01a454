import { describe, expect, it } from 'vitest';
import { ticketDetail, zendeskEvent } from '../../fixtures/zendesk/payloads.js';
import { cardOf, fact } from '../../fixtures/zendesk/request.js';

describe('Zendesk ticket cards', () => {
  it('shows a new ticket: id, subject, status, priority, type, channel, people and time', () => {
    const card = cardOf(zendeskEvent('ticket.created', ticketDetail()));
    expect(card.title).toBe('New ticket #1201: Cannot log in');
    expect(card.accent).toBe('accent');
    expect(fact(card, 'Status')).toBe('Open');
    expect(fact(card, 'Priority')).toBe('Normal');
    expect(fact(card, 'Type')).toBe('Question');
    expect(fact(card, 'Channel')).toBe('Email');
    expect(fact(card, 'Requester')).toBe('user 501');
    expect(fact(card, 'Assignee')).toBe('user 601');
    expect(fact(card, 'Created')).toBe('2026-06-01 09:00 UTC');
    // The payload does not say which account it is from: no link can be built.
    expect(card.links).toEqual([]);
  });

  it.each([
    ['URGENT', 'attention'],
    ['HIGH', 'warning'],
  ])('colours a %s ticket %s', (priority, accent) => {
    expect(cardOf(zendeskEvent('ticket.created', ticketDetail({ priority }))).accent).toBe(accent);
  });

  it('shows a status change as old → new, in green when solved', () => {
    const card = cardOf(
      zendeskEvent('ticket.status_changed', ticketDetail({ status: 'SOLVED' }), {
        previous: 'OPEN',
        current: 'SOLVED',
      }),
    );
    expect(card.title).toBe('Ticket #1201 status changed to Solved: Cannot log in');
    expect(card.accent).toBe('good');
    expect(card.facts.filter((f) => f.title === 'Status')).toEqual([
      { title: 'Status', value: 'Open → Solved' },
    ]);
  });

  it('shows a comment with its author and text, and says when it is an internal note', () => {
    const event = (isPublic: boolean) =>
      zendeskEvent('ticket.comment_added', ticketDetail(), {
        comment: { body: 'Reset link sent', is_public: isPublic, author: { name: 'Grace' } },
      });
    const card = cardOf(event(true));
    expect(card.title).toBe('New comment on ticket #1201: Cannot log in');
    expect(card.subtitle).toBe('By Grace');
    expect(card.text).toBe('Reset link sent');
    expect(cardOf(event(false)).title).toMatch(/^Internal note on ticket #1201/);
  });

  it('names reassignments, merges and deletions', () => {
    const assigned = cardOf(
      zendeskEvent('ticket.agent_assignment_changed', ticketDetail(), {
        previous: '601',
        current: '602',
      }),
    );
    expect(assigned.title).toBe('Ticket #1201 assignee changed: Cannot log in');
    expect(fact(assigned, 'Assignee')).toBe('601 → 602');
    const merged = cardOf(zendeskEvent('ticket.merged', ticketDetail(), { target_ticket_id: '9' }));
    expect(merged.title).toBe('Ticket #1201 merged into #9: Cannot log in');
    expect(cardOf(zendeskEvent('ticket.soft_deleted', ticketDetail())).title).toMatch(
      /Ticket #1201 deleted/,
    );
  });

  it('links the ticket when the payload gives away the subdomain', () => {
    const card = cardOf(
      zendeskEvent('ticket.attachment_linked_to_comment', ticketDetail(), {
        attachment: { content_url: 'https://acme.zendesk.com/attachments/token/t/?name=x.pdf' },
      }),
    );
    expect(card.titleUrl).toBe('https://acme.zendesk.com/agent/tickets/1201');
    expect(card.links).toEqual([
      { title: 'View ticket', url: 'https://acme.zendesk.com/agent/tickets/1201' },
    ]);
  });
});

describe('Zendesk user, trigger and other cards', () => {
  it('words a user deactivation as such, in orange', () => {
    const card = cardOf(
      zendeskEvent(
        'user.active_changed',
        { id: '501', email: 'ada@example.com', role: 'end-user' },
        { previous: true, current: false },
        { subject: 'zen:user:501' },
      ),
    );
    expect(card.title).toBe('User ada@example.com deactivated');
    expect(card.accent).toBe('warning');
    expect(fact(card, 'Role')).toBe('End user');
  });

  it('shows an organisation rename as old → new', () => {
    const card = cardOf(
      zendeskEvent(
        'organization.name_changed',
        { id: '42', name: 'Acme Ltd' },
        { previous: 'Acme', current: 'Acme Ltd' },
        { subject: 'zen:organization:42' },
      ),
    );
    expect(card.title).toBe('Organization Acme Ltd name changed');
    expect(fact(card, 'Name')).toBe('Acme → Acme Ltd');
  });

  it('shows a trigger body with names, its comment and the ticket link', () => {
    const card = cardOf({
      ticket: {
        id: '77',
        title: 'Refund please',
        status: 'open',
        priority: 'urgent',
        requester: 'Ada',
        assignee: { name: 'Grace' },
        url: 'acme.zendesk.com/agent/tickets/77',
        latest_comment: 'Charged twice',
      },
    });
    expect(card.title).toBe('Ticket #77: Refund please');
    expect(card.subtitle).toBe('Requested by Ada');
    expect(card.accent).toBe('attention');
    expect(card.text).toBe('Charged twice');
    expect(fact(card, 'Assignee')).toBe('Grace');
    expect(card.titleUrl).toBe('https://acme.zendesk.com/agent/tickets/77');
  });

  it('gives an event type without a card its name and subject', () => {
    const card = cardOf(
      zendeskEvent(
        'article.published',
        { id: '5' },
        { title: 'Reset your password' },
        {
          subject: 'zen:article:5',
        },
      ),
    );
    expect(card.title).toBe('Zendesk article published: Reset your password');
    expect(fact(card, 'Subject')).toBe('zen:article:5');
  });
});

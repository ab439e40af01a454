import { describe, expect, it } from 'vitest';
import { interpretTrello } from '../../../src/connectors/trello/interpret.js';
import type { TrelloEvent } from '../../../src/connectors/trello/events.js';
import { fixture } from './fixtures.js';

const BOARD = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };
const CARD = { name: 'Fix login', url: 'https://trello.com/c/FxLg5678' };
const WHO = { source: 'trello', board: BOARD, who: 'Jane Doe' } as const;

function eventOf(payload: unknown): TrelloEvent {
  const result = interpretTrello(payload);
  if (result.kind !== 'event') throw new Error(`expected an event, got ${result.kind}`);
  if (result.event.source !== 'trello') throw new Error('expected a Trello event');
  return result.event;
}

describe('interpretTrello: labels on cards', () => {
  it('reads the label added, with its name and colour', () => {
    expect(eventOf(fixture('add-label'))).toEqual({
      ...WHO,
      at: '2024-05-23T08:00:00.000Z',
      type: 'label_added',
      card: CARD,
      label: { name: 'Safari', color: 'orange' },
    });
  });

  it('reads a removed label that has only a colour', () => {
    expect(eventOf(fixture('remove-label'))).toMatchObject({
      type: 'label_removed',
      label: { color: 'red_dark' },
    });
    const payload = fixture('remove-label');
    payload.action.data.label = { id: 'x', name: null, color: null };
    expect(eventOf(payload)).toMatchObject({ type: 'label_removed', label: {} });
  });

  it('keeps the event when the label is missing or of another shape', () => {
    const payload = fixture('add-label');
    payload.action.data.label = 'Safari';
    expect(eventOf(payload)).toMatchObject({ type: 'label_added', card: CARD, label: {} });
  });

  it('caps label names at 200 characters', () => {
    const payload = fixture('add-label');
    payload.action.data.label.name = 'n'.repeat(5000);
    const event = eventOf(payload);
    expect(event.type === 'label_added' && event.label.name).toHaveLength(200);
  });
});

describe('interpretTrello: checklists', () => {
  it('reads a checklist added to and removed from a card', () => {
    expect(eventOf(fixture('add-checklist'))).toMatchObject({
      type: 'checklist_added',
      card: CARD,
      checklist: 'Repro steps',
    });
    expect(eventOf(fixture('remove-checklist'))).toMatchObject({
      type: 'checklist_removed',
      checklist: 'Repro steps',
    });
  });

  it('reads a checklist renamed, and reports its other updates as other', () => {
    const payload = fixture('add-checklist');
    payload.action.type = 'updateChecklist';
    payload.action.data.checklist.name = 'How to reproduce';
    payload.action.data.old = { name: 'Repro steps' };
    expect(eventOf(payload)).toMatchObject({
      type: 'checklist_renamed',
      checklist: 'How to reproduce',
      from: 'Repro steps',
    });
    payload.action.data.old = { pos: 2 };
    expect(eventOf(payload)).toMatchObject({ type: 'other', actionType: 'updateChecklist' });
  });

  it('reads a checklist item created, with its checklist', () => {
    expect(eventOf(fixture('create-check-item'))).toEqual({
      ...WHO,
      at: '2024-05-23T08:20:00.000Z',
      type: 'check_item',
      card: CARD,
      item: 'Capture a HAR',
      checklist: 'Repro steps',
      change: { kind: 'created' },
    });
  });

  it('reads a checklist item completed or marked incomplete from its state', () => {
    expect(eventOf(fixture('complete-check-item'))).toMatchObject({
      type: 'check_item',
      item: 'Capture a HAR',
      change: { kind: 'completed' },
    });
    const unchecked = fixture('complete-check-item');
    unchecked.action.data.checkItem.state = 'incomplete';
    expect(eventOf(unchecked)).toMatchObject({ change: { kind: 'incomplete' } });
  });

  it('reports an item state it does not know as other', () => {
    const payload = fixture('complete-check-item');
    payload.action.data.checkItem.state = 'constructor';
    expect(eventOf(payload)).toMatchObject({
      type: 'other',
      actionType: 'updateCheckItemStateOnCard',
      card: CARD,
    });
  });

  it('reads a checklist item renamed or deleted', () => {
    expect(eventOf(fixture('rename-check-item'))).toMatchObject({
      type: 'check_item',
      item: 'Capture a HAR in Safari 17',
      change: { kind: 'renamed', from: 'Capture a HAR' },
    });
    expect(eventOf(fixture('delete-check-item'))).toMatchObject({
      type: 'check_item',
      change: { kind: 'deleted' },
    });
  });

  it('ignores a checklist item dragged within its checklist, and reads other edits', () => {
    const payload = fixture('rename-check-item');
    payload.action.data.old = { pos: 16384 };
    expect(interpretTrello(payload)).toEqual({
      kind: 'ignored',
      eventName: 'updateCheckItem',
      reason: 'checklist item re-ordered within its checklist',
    });
    payload.action.data.old = { pos: 16384, due: null };
    expect(eventOf(payload)).toMatchObject({ type: 'check_item', change: { kind: 'updated' } });
  });

  it('keeps a checklist item event whose item has no name', () => {
    const payload = fixture('create-check-item');
    delete payload.action.data.checkItem;
    delete payload.action.data.checklist;
    const event = eventOf(payload);
    expect(event).toMatchObject({ type: 'check_item', change: { kind: 'created' } });
    expect(event.type === 'check_item' && [event.item, event.checklist]).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('interpretTrello: attachments', () => {
  it('reads an attachment added, with its https link', () => {
    expect(eventOf(fixture('add-attachment'))).toMatchObject({
      type: 'attachment_added',
      card: CARD,
      attachment: 'session.har',
      url: 'https://trello.com/1/cards/x/attachments/y/download/session.har',
    });
  });

  it.each([
    ['http', 'http://files.example.com/session.har'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['with credentials', 'https://user:pass@files.example.com/session.har'],
    ['not a URL', 'session.har'],
    ['longer than 2048 characters', `https://files.example.com/${'a'.repeat(2048)}`],
    ['that grows past 2048 characters when encoded', `https://x.example/${' '.repeat(700)}x`],
  ])('does not link an attachment URL that is %s', (_label, url) => {
    const payload = fixture('add-attachment');
    payload.action.data.attachment.url = url;
    const event = eventOf(payload);
    expect(event).toMatchObject({ type: 'attachment_added', attachment: 'session.har' });
    expect(event).not.toHaveProperty('url');
  });

  it('takes an attachment URL on any https host, in its parsed form', () => {
    const payload = fixture('add-attachment');
    payload.action.data.attachment.url = 'https://Files.Example.com/a b/../session.har';
    expect(eventOf(payload)).toMatchObject({
      url: 'https://files.example.com/session.har',
    });
  });

  it('reads an attachment removed', () => {
    expect(eventOf(fixture('delete-attachment'))).toMatchObject({
      type: 'attachment_removed',
      card: CARD,
      attachment: 'session.har',
    });
  });
});

describe('interpretTrello: other card actions', () => {
  it('reads a deleted card by its number and list, with no card link', () => {
    expect(eventOf(fixture('delete-card'))).toEqual({
      ...WHO,
      at: '2024-05-23T09:00:00.000Z',
      type: 'card_deleted',
      name: undefined,
      number: 42,
      list: 'Doing',
    });
  });

  it('does not take a card number that is not a plain count', () => {
    const payload = fixture('delete-card');
    payload.action.data.card.idShort = 1e300;
    expect(eventOf(payload)).toMatchObject({ type: 'card_deleted', number: undefined });
  });

  it('reads a copied card with the card it came from', () => {
    expect(eventOf(fixture('copy-card'))).toMatchObject({
      type: 'card_copied',
      card: { name: 'Fix login on Firefox', url: 'https://trello.com/c/FxLg9012' },
      from: 'Fix login',
      list: 'Backlog',
    });
  });

  it('reads a card moved in from another board, and out to one', () => {
    expect(eventOf(fixture('move-card-to-board'))).toMatchObject({
      type: 'card_transferred',
      direction: 'in',
      otherBoard: 'Support',
      list: 'Backlog',
      board: BOARD,
    });
    const out = fixture('move-card-to-board');
    out.action.type = 'moveCardFromBoard';
    out.action.data.boardTarget = { id: 'x' };
    expect(eventOf(out)).toMatchObject({
      type: 'card_transferred',
      direction: 'out',
      otherBoard: undefined,
    });
  });

  it('reads a vote and a vote taken back', () => {
    expect(eventOf(fixture('vote-card'))).toMatchObject({ type: 'card_voted', voted: true });
    const payload = fixture('vote-card');
    payload.action.data.voted = false;
    expect(eventOf(payload)).toMatchObject({ type: 'card_voted', voted: false });
  });

  it('reads an edited comment with its new text, and a deleted one', () => {
    expect(eventOf(fixture('update-comment'))).toMatchObject({
      type: 'comment_edited',
      card: CARD,
      text: "Repro'd on **Safari 17.4** too.",
    });
    expect(eventOf(fixture('delete-comment'))).toMatchObject({
      type: 'comment_deleted',
      card: CARD,
    });
  });

  it('reads a member removed from a card, and one who left it', () => {
    expect(eventOf(fixture('remove-member'))).toMatchObject({
      type: 'member_removed',
      member: 'Sam Lee',
      left: false,
    });
    const payload = fixture('remove-member');
    payload.action.member = payload.action.memberCreator;
    expect(eventOf(payload)).toMatchObject({ member: 'Jane Doe', left: true });
  });

  it('reads a card sent by email and one made from a checklist item', () => {
    const emailed = fixture('create-card');
    emailed.action.type = 'emailCard';
    expect(eventOf(emailed)).toMatchObject({ type: 'card_emailed', list: 'Backlog' });
    const converted = fixture('copy-card');
    converted.action.type = 'convertToCardFromCheckItem';
    expect(eventOf(converted)).toMatchObject({ type: 'card_converted', from: 'Fix login' });
  });
});

describe('interpretTrello: dates on cards', () => {
  it('reads a start date set, changed and removed', () => {
    expect(eventOf(fixture('start-card'))).toMatchObject({
      type: 'card_updated',
      change: { field: 'start', from: undefined, to: '2024-05-27T00:00:00.000Z' },
    });
    const removed = fixture('start-card');
    removed.action.data.card.start = null;
    removed.action.data.old.start = '2024-05-27T00:00:00.000Z';
    expect(eventOf(removed)).toMatchObject({
      change: { field: 'start', from: '2024-05-27T00:00:00.000Z', to: undefined },
    });
  });

  it('reads start and due set together as a due date change that shows the start', () => {
    const payload = fixture('due-card');
    payload.action.data.card.start = '2024-05-27T00:00:00.000Z';
    payload.action.data.old.start = null;
    expect(eventOf(payload)).toMatchObject({
      change: {
        field: 'due',
        from: '2024-05-30T12:00:00.000Z',
        to: '2024-06-01T15:30:00.000Z',
        start: '2024-05-27T00:00:00.000Z',
      },
    });
  });

  it('reads a due date marked complete with the due date', () => {
    expect(eventOf(fixture('complete-due'))).toMatchObject({
      type: 'card_updated',
      change: { field: 'dueComplete', complete: true, due: '2024-06-01T15:30:00.000Z' },
    });
  });
});

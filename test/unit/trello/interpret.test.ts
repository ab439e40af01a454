import { describe, expect, it } from 'vitest';
import { interpretTrello } from '../../../src/connectors/trello/interpret.js';
import type { TrelloEvent } from '../../../src/connectors/trello/events.js';
import { fixture } from './fixtures.js';

const BOARD = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };
const CARD = { name: 'Fix login', url: 'https://trello.com/c/FxLg5678' };

/** The event a payload yields, failing the test when it yields anything else. */
function eventOf(payload: unknown): TrelloEvent {
  const result = interpretTrello(payload);
  if (result.kind !== 'event') throw new Error(`expected an event, got ${result.kind}`);
  if (result.event.source !== 'trello') throw new Error('expected a Trello event');
  return result.event;
}

describe('interpretTrello: envelope', () => {
  it('names the event by action type and de-duplicates on the action id', () => {
    expect(interpretTrello(fixture('create-card'))).toMatchObject({
      kind: 'event',
      eventName: 'createCard',
      deliveryId: '6650b0000000000000000001',
    });
  });

  it.each([
    ['no action', { model: {} }],
    ['an empty action', { action: {} }],
    ['no action id', { action: { type: 'createCard', data: {} } }],
    ['no action type', { action: { id: 'a1', data: {} } }],
    ['a numeric action id', { action: { id: 1, type: 'createCard' } }],
    ['an empty action type', { action: { id: 'a1', type: '' } }],
    ['an action that is a string', { action: 'createCard' }],
    ['null', null],
  ])('calls a payload with %s malformed', (_label, payload) => {
    expect(interpretTrello(payload)).toMatchObject({ kind: 'malformed' });
  });
});

describe('interpretTrello: envelope bounds', () => {
  it('takes an action id of up to 128 characters as the delivery id', () => {
    const payload = fixture('create-card');
    payload.action.id = 'a'.repeat(128);
    expect(interpretTrello(payload)).toMatchObject({ kind: 'event', deliveryId: 'a'.repeat(128) });
  });

  it('calls an action id longer than 128 characters malformed, without quoting it', () => {
    const payload = fixture('create-card');
    payload.action.id = 'a'.repeat(129);
    expect(interpretTrello(payload)).toEqual({
      kind: 'malformed',
      message: 'action.id is longer than 128 characters',
    });
    payload.action.id = 'x'.repeat(5_000_000);
    expect(interpretTrello(payload)).toMatchObject({ kind: 'malformed' });
  });

  it('takes a camelCase action type of up to 64 characters as the event name', () => {
    const long = `a${'B'.repeat(63)}`;
    expect(interpretTrello({ action: { id: 'a1', type: long } })).toMatchObject({
      kind: 'event',
      eventName: long,
      event: { type: 'other', actionType: long },
    });
    expect(interpretTrello({ action: { id: 'a1', type: 'move_card2' } })).toMatchObject({
      kind: 'event',
      eventName: 'move_card2',
    });
  });

  it.each([
    ['longer than 64 characters', `a${'B'.repeat(64)}`],
    ['five million characters long', 'a'.repeat(5_000_000)],
    ['not starting with a letter', '1createCard'],
    ['with a space', 'create Card'],
    ['with punctuation', 'createCard<script>'],
    ['with a newline', 'createCard\nforged log line'],
    ['with a non-ASCII letter', 'créerCarte'],
    ['blank', '   '],
  ])('calls an action type %s malformed, without quoting it', (_label, type) => {
    expect(interpretTrello({ action: { id: 'a1', type } })).toEqual({
      kind: 'malformed',
      message:
        'action.type is not a Trello action type: expected a camelCase word of at most 64 characters',
    });
  });

  it('names an updateCard it does not model by its checked action type', () => {
    const payload = fixture('rename-card');
    payload.action.data.old = { cover: {} };
    expect(eventOf(payload)).toMatchObject({ type: 'other', actionType: 'updateCard' });
  });
});

describe('interpretTrello: cost of a body stuffed with keys', () => {
  /** An object with `count` keys no Trello payload has, as a large JSON body would carry. */
  function manyKeys(count: number, value: unknown): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (let i = 0; i < count; i++) object[`k${i.toString(36)}`] = value;
    return object;
  }

  /** Fails the test if anything lists the object's keys rather than looking some up. */
  function unlistable(target: Record<string, unknown>): Record<string, unknown> {
    return new Proxy(target, {
      ownKeys() {
        throw new Error('the keys of an object from the body were listed');
      },
    });
  }

  it('interprets 200,000 unknown display entities and old values reading only the keys it knows', () => {
    const payload = fixture('move-card-display');
    let reads = 0;
    /** Refuses to be listed and counts every key read, so the work done is what is checked. */
    const counted = (target: Record<string, unknown>) =>
      new Proxy(unlistable(target), {
        get(t, key, receiver) {
          reads++;
          return Reflect.get(t, key, receiver) as unknown;
        },
      });
    payload.action.display.entities = counted({
      ...manyKeys(200_000, { text: 'noise' }),
      ...payload.action.display.entities,
    });
    payload.action.data.old = counted({ ...manyKeys(200_000, 1), ...payload.action.data.old });
    const result = interpretTrello(payload);
    expect(result).toMatchObject({
      kind: 'event',
      event: { type: 'card_moved', fromList: 'Doing', toList: 'Done', who: 'Jane Doe' },
    });
    // A few dozen named look-ups at most, whatever the sender put beside them.
    expect(reads).toBeLessThan(100);
  });

  it('reads display entities by name, never listing them', () => {
    const payload = fixture('move-card-display');
    delete payload.action.memberCreator;
    payload.action.display.entities = unlistable(payload.action.display.entities);
    expect(eventOf(payload)).toMatchObject({ type: 'card_moved', who: 'Jane Doe' });
  });

  it('reads data.old by name, never listing its keys', () => {
    const payload = fixture('rename-card');
    payload.action.data.old = unlistable({ ...manyKeys(1000, 1), name: 'Fix login' });
    expect(eventOf(payload)).toMatchObject({
      type: 'card_updated',
      change: { field: 'name', from: 'Fix login', to: 'Fix login on Safari' },
    });
    payload.action.data.old = unlistable({ ...manyKeys(1000, 1), pos: 2, idLabels: [] });
    expect(eventOf(payload)).toMatchObject({ type: 'other', changed: ['idLabels'] });
    payload.action.data.old = unlistable({ pos: 2 });
    expect(interpretTrello(payload)).toMatchObject({ kind: 'ignored' });
  });

  it('names at most 10 changed attributes, only ones Trello cards have', () => {
    const payload = fixture('rename-card');
    payload.action.data.old = {
      ...manyKeys(50, null),
      dueReminder: -1,
      idMembers: [],
      idLabels: [],
      idAttachmentCover: null,
      manualCoverAttachment: false,
      cover: {},
      address: '',
      locationName: '',
      coordinates: '',
      isTemplate: false,
    };
    expect(eventOf(payload)).toMatchObject({
      type: 'other',
      changed: [
        'dueReminder',
        'idMembers',
        'idLabels',
        'idAttachmentCover',
        'manualCoverAttachment',
        'cover',
        'address',
        'locationName',
        'coordinates',
        'isTemplate',
      ],
    });
  });

  it('looks only at keys of data.old itself, not at what objects inherit', () => {
    const payload = fixture('rename-card');
    payload.action.data.old = JSON.parse('{"__proto__": {"idList": "x", "name": "y"}, "pos": 1}');
    expect(interpretTrello(payload)).toMatchObject({ kind: 'ignored' });
    payload.action.data.old = ['idList'];
    expect(eventOf(payload)).toMatchObject({ type: 'other', actionType: 'updateCard' });
  });
});

describe('interpretTrello: cards', () => {
  it('reads a created card with its list, board, author and time', () => {
    expect(eventOf(fixture('create-card'))).toEqual({
      source: 'trello',
      type: 'card_created',
      card: CARD,
      list: 'Backlog',
      board: BOARD,
      who: 'Jane Doe',
      at: '2024-05-20T09:00:00.000Z',
    });
  });

  it('reads a move between lists from data.old.idList and listBefore/listAfter', () => {
    expect(eventOf(fixture('move-card'))).toMatchObject({
      type: 'card_moved',
      card: CARD,
      fromList: 'Doing',
      toList: 'Done',
      board: BOARD,
      who: 'Jane Doe',
    });
  });

  it('reads a move from display.translationKey alone', () => {
    const payload = fixture('move-card-display');
    const data = payload.action.data;
    delete data.old;
    delete data.listBefore;
    delete data.listAfter;
    expect(eventOf(payload)).toMatchObject({
      type: 'card_moved',
      fromList: 'Doing',
      toList: 'Done',
    });
  });

  it('treats a move that also changed the position as a move', () => {
    const payload = fixture('move-card');
    payload.action.data.old.pos = 1024;
    expect(eventOf(payload)).toMatchObject({ type: 'card_moved' });
  });

  it('ignores a card re-ordered within its list', () => {
    expect(interpretTrello(fixture('reorder-card'))).toEqual({
      kind: 'ignored',
      eventName: 'updateCard',
      reason: 'card re-ordered within its list',
    });
  });

  it('reads a rename with old and new names', () => {
    expect(eventOf(fixture('rename-card'))).toMatchObject({
      type: 'card_updated',
      card: { name: 'Fix login on Safari', url: CARD.url },
      list: 'Doing',
      change: { field: 'name', from: 'Fix login', to: 'Fix login on Safari' },
    });
  });

  it('reads a description change with old and new text', () => {
    expect(eventOf(fixture('describe-card'))).toMatchObject({
      type: 'card_updated',
      change: {
        field: 'desc',
        from: 'Login fails on Safari',
        to: 'Safari drops the session cookie.\nSee the HAR attached.',
      },
    });
  });

  it('leaves out an empty old description rather than keeping ""', () => {
    const payload = fixture('describe-card');
    payload.action.data.old.desc = '';
    const event = eventOf(payload);
    expect(event.type === 'card_updated' && event.change).toEqual({
      field: 'desc',
      from: undefined,
      to: 'Safari drops the session cookie.\nSee the HAR attached.',
    });
  });

  it('reads archiving and restoring', () => {
    expect(eventOf(fixture('archive-card'))).toMatchObject({
      type: 'card_updated',
      change: { field: 'closed', closed: true },
    });
    const restored = fixture('archive-card');
    restored.action.data.card.closed = false;
    restored.action.data.old.closed = true;
    expect(eventOf(restored)).toMatchObject({ change: { field: 'closed', closed: false } });
  });

  it('reads due dates set, changed and removed', () => {
    expect(eventOf(fixture('due-card'))).toMatchObject({
      change: { field: 'due', from: '2024-05-30T12:00:00.000Z', to: '2024-06-01T15:30:00.000Z' },
    });
    const set = fixture('due-card');
    set.action.data.old.due = null;
    expect(eventOf(set)).toMatchObject({
      change: { field: 'due', from: undefined, to: '2024-06-01T15:30:00.000Z' },
    });
    const removed = fixture('due-card');
    removed.action.data.card.due = null;
    expect(eventOf(removed)).toMatchObject({
      change: { field: 'due', from: '2024-05-30T12:00:00.000Z', to: undefined },
    });
  });

  it('reads a due date marked complete', () => {
    const payload = fixture('due-card');
    payload.action.data.old = { dueComplete: false };
    payload.action.data.card.dueComplete = true;
    expect(eventOf(payload)).toMatchObject({ change: { field: 'dueComplete', complete: true } });
  });

  it('reports an update it does not model as other, naming what changed', () => {
    const payload = fixture('rename-card');
    payload.action.data.old = { idAttachmentCover: null, pos: 3 };
    expect(eventOf(payload)).toEqual({
      source: 'trello',
      type: 'other',
      actionType: 'updateCard',
      card: { name: 'Fix login on Safari', url: CARD.url },
      changed: ['idAttachmentCover'],
      board: BOARD,
      who: 'Jane Doe',
      at: '2024-05-21T11:00:00.000Z',
    });
  });
});

describe('interpretTrello: comments and members', () => {
  it('reads a comment with its Markdown text as sent', () => {
    expect(eventOf(fixture('comment-card'))).toMatchObject({
      type: 'comment_added',
      card: CARD,
      list: 'Doing',
      who: 'Jane Doe',
      text: "Repro'd on **Safari 17**: cookie is `SameSite=None` without `Secure`.",
    });
  });

  it('caps a long comment at 500 characters', () => {
    const payload = fixture('comment-card');
    payload.action.data.text = 'word '.repeat(400);
    const event = eventOf(payload);
    if (event.type !== 'comment_added') throw new Error(event.type);
    expect(Array.from(event.text).length).toBeLessThanOrEqual(500);
    expect(event.text.endsWith('…')).toBe(true);
  });

  it('reports a comment without text as other', () => {
    const payload = fixture('comment-card');
    delete payload.action.data.text;
    expect(eventOf(payload)).toMatchObject({ type: 'other', actionType: 'commentCard' });
  });

  it('reads the member added and who added them', () => {
    expect(eventOf(fixture('add-member'))).toMatchObject({
      type: 'member_added',
      card: CARD,
      member: 'Sam Lee',
      who: 'Jane Doe',
      joined: false,
    });
  });

  it('tells a member joining a card from being added', () => {
    const payload = fixture('add-member');
    payload.action.member = payload.action.memberCreator;
    expect(eventOf(payload)).toMatchObject({ member: 'Jane Doe', joined: true });
  });
});

describe('interpretTrello: everything else', () => {
  it('reports other action types with action, board, author and card', () => {
    const payload = fixture('add-attachment');
    payload.action.type = 'copyCommentCard';
    expect(interpretTrello(payload)).toEqual({
      kind: 'event',
      eventName: 'copyCommentCard',
      deliveryId: '6650b000000000000000000b',
      event: {
        source: 'trello',
        type: 'other',
        actionType: 'copyCommentCard',
        card: CARD,
        board: BOARD,
        who: 'Jane Doe',
        at: '2024-05-22T09:45:00.000Z',
      },
    });
  });

  it('reports a known action without its card as other', () => {
    const payload = fixture('create-card');
    delete payload.action.data.card;
    expect(eventOf(payload)).toMatchObject({
      type: 'other',
      actionType: 'createCard',
      board: BOARD,
    });
  });

  it('reads a bare action with nothing but id and type', () => {
    expect(eventOf({ action: { id: 'a1', type: 'createList' } })).toEqual({
      source: 'trello',
      type: 'other',
      actionType: 'createList',
    });
  });
});

describe('interpretTrello: links and bounds', () => {
  it('links the board by short link when the webhook watches something else', () => {
    const payload = fixture('create-card');
    payload.model = { id: 'card-model', url: 'https://trello.com/c/FxLg5678/42-fix-login' };
    expect(eventOf(payload).board).toEqual({
      name: 'Roadmap',
      url: 'https://trello.com/b/RmAp1234',
    });
  });

  it("does not lend the watched board's URL to an action on another board", () => {
    const payload = fixture('create-card');
    payload.action.data.board = { id: 'other-board', name: 'Support', shortLink: 'SpRt0001' };
    expect(eventOf(payload).board).toEqual({
      name: 'Support',
      url: 'https://trello.com/b/SpRt0001',
    });
  });

  it('never links off trello.com or from a short link that is not a plain token', () => {
    const payload = fixture('create-card');
    payload.model.url = 'https://evil.example/b/RmAp1234';
    payload.action.data.board.shortLink = '../../evil';
    payload.action.data.card.shortLink = 'x?y=1';
    const event = eventOf(payload);
    expect(event.board).toEqual({ name: 'Roadmap' });
    expect(event.type === 'card_created' && event.card).toEqual({ name: 'Fix login' });
  });

  it('links by short links of up to 24 letters and digits only', () => {
    const payload = fixture('create-card');
    payload.model = { id: 'card-model' };
    payload.action.data.board.shortLink = 'B'.repeat(24);
    payload.action.data.card.shortLink = 'C'.repeat(25);
    const event = eventOf(payload);
    expect(event.board?.url).toBe(`https://trello.com/b/${'B'.repeat(24)}`);
    expect(event.type === 'card_created' && event.card).toEqual({ name: 'Fix login' });
    payload.action.data.board.shortLink = 'x'.repeat(5_000_000);
    expect(eventOf(payload).board).toEqual({ name: 'Roadmap' });
  });

  it.each([
    ['longer than 2048 characters', `https://trello.com/b/RmAp1234/${'r'.repeat(2048)}`],
    ['leaving the board path by dot segments', 'https://trello.com/b/../../c/FxLg5678'],
    ['leaving the board path by encoded dots', 'https://trello.com/b/%2e%2e/%2e%2e/evil'],
    ['leaving the board path by backslashes', 'https://trello.com/b/x\\..\\..\\c/evil'],
  ])('does not take model.url %s as the board link', (_label, url) => {
    const payload = fixture('create-card');
    payload.model.url = url;
    // The board still gets a link, built from its short link.
    expect(eventOf(payload).board).toEqual({
      name: 'Roadmap',
      url: 'https://trello.com/b/RmAp1234',
    });
  });

  it('takes model.url in its parsed form', () => {
    const payload = fixture('create-card');
    payload.model.url = 'https://trello.com/b/RmAp1234/road\tmap';
    expect(eventOf(payload).board?.url).toBe('https://trello.com/b/RmAp1234/roadmap');
  });

  it('caps names at 200 characters', () => {
    const payload = fixture('create-card');
    payload.action.data.card.name = 'n'.repeat(1000);
    payload.action.data.board.name = 'b'.repeat(1000);
    const event = eventOf(payload);
    if (event.type !== 'card_created') throw new Error(event.type);
    expect(event.card.name).toHaveLength(200);
    expect(event.board?.name).toHaveLength(200);
  });

  it('keeps the event when a side field changes shape, losing only that detail', () => {
    const payload = fixture('comment-card');
    payload.action.memberCreator = 'Jane Doe';
    payload.action.data.card.shortLink = 12345;
    payload.action.data.list = ['Doing'];
    expect(eventOf(payload)).toEqual({
      source: 'trello',
      type: 'comment_added',
      card: { name: 'Fix login' },
      text: "Repro'd on **Safari 17**: cookie is `SameSite=None` without `Secure`.",
      board: BOARD,
      at: '2024-05-22T09:00:00.000Z',
    });
  });

  it("falls back to the display entity for the author's name", () => {
    const payload = fixture('describe-card');
    delete payload.action.memberCreator;
    expect(eventOf(payload).who).toBe('Jane Doe');
  });
});

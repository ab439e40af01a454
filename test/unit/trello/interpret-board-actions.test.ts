import { describe, expect, it } from 'vitest';
import { interpretTrello } from '../../../src/connectors/trello/interpret.js';
import type { TrelloEvent } from '../../../src/connectors/trello/events.js';
import { fixture } from './fixtures.js';

const BOARD = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };

function eventOf(payload: unknown): TrelloEvent {
  const result = interpretTrello(payload);
  if (result.kind !== 'event') throw new Error(`expected an event, got ${result.kind}`);
  if (result.event.source !== 'trello') throw new Error('expected a Trello event');
  return result.event;
}

describe('interpretTrello: lists', () => {
  it('reads a list created on a board', () => {
    expect(eventOf(fixture('create-list'))).toEqual({
      source: 'trello',
      type: 'list_changed',
      list: 'Backlog',
      change: { kind: 'created' },
      board: BOARD,
      who: 'Jane Doe',
      at: '2024-05-24T08:00:00.000Z',
    });
  });

  it('reads a list renamed, archived, restored and moved', () => {
    expect(eventOf(fixture('rename-list'))).toMatchObject({
      list: 'Up next',
      change: { kind: 'renamed', from: 'Backlog' },
    });
    expect(eventOf(fixture('archive-list'))).toMatchObject({ change: { kind: 'archived' } });
    const restored = fixture('archive-list');
    restored.action.data.list.closed = false;
    restored.action.data.old.closed = true;
    expect(eventOf(restored)).toMatchObject({ change: { kind: 'restored' } });
    expect(eventOf(fixture('move-list'))).toMatchObject({ change: { kind: 'moved' } });
  });

  it('reads other list updates by the attributes that changed', () => {
    const payload = fixture('move-list');
    payload.action.data.old = { pos: 1, color: null, softLimit: null, anythingElse: 1 };
    expect(eventOf(payload)).toMatchObject({
      change: { kind: 'updated', changed: ['pos', 'color', 'softLimit'] },
    });
  });

  it('reads a list moved to and from another board', () => {
    expect(eventOf(fixture('move-list-to-board'))).toMatchObject({
      list: 'Ideas',
      change: { kind: 'moved_in', otherBoard: undefined },
      board: BOARD,
    });
    const named = fixture('move-list-from-board');
    named.action.data.boardTarget.name = 'Support';
    expect(eventOf(named)).toMatchObject({
      change: { kind: 'moved_out', otherBoard: 'Support' },
    });
  });

  it('reports a list action without the list name as other', () => {
    const payload = fixture('create-list');
    delete payload.action.data.list;
    expect(eventOf(payload)).toMatchObject({ type: 'other', actionType: 'createList' });
  });
});

describe('interpretTrello: board members', () => {
  it('reads a member added to a board with their role', () => {
    expect(eventOf(fixture('add-board-member'))).toMatchObject({
      type: 'board_member',
      member: 'Sam Lee',
      self: false,
      change: { kind: 'added', role: 'normal' },
      board: BOARD,
    });
  });

  it('leaves out a role it does not know, whatever the body calls it', () => {
    const payload = fixture('add-board-member');
    for (const memberType of ['constructor', '__proto__', 'toString', 'owner']) {
      payload.action.data.memberType = memberType;
      expect(eventOf(payload)).toMatchObject({ change: { kind: 'added' } });
      const event = eventOf(payload);
      expect(event.type === 'board_member' && event.change).toEqual({ kind: 'added' });
    }
  });

  it('reads a member removed, and one who left', () => {
    expect(eventOf(fixture('remove-board-member'))).toMatchObject({
      change: { kind: 'removed' },
      self: false,
    });
    const left = fixture('remove-board-member');
    left.action.member = left.action.memberCreator;
    expect(eventOf(left)).toMatchObject({ member: 'Jane Doe', self: true });
  });

  it.each([
    ['makeAdminOfBoard', 'admin'],
    ['makeNormalMemberOfBoard', 'normal'],
    ['makeObserverOfBoard', 'observer'],
  ])('reads %s as the role given', (type, role) => {
    const payload = fixture('make-admin');
    payload.action.type = type;
    expect(eventOf(payload)).toMatchObject({ change: { kind: 'role', role } });
  });
});

describe('interpretTrello: boards', () => {
  it('reads a board created, renamed, closed and reopened', () => {
    expect(eventOf(fixture('create-board'))).toMatchObject({
      type: 'board_changed',
      change: { kind: 'created' },
      board: BOARD,
    });
    expect(eventOf(fixture('rename-board'))).toMatchObject({
      change: { kind: 'renamed', from: 'Roadmap 2023' },
    });
    expect(eventOf(fixture('close-board'))).toMatchObject({ change: { kind: 'closed' } });
    const reopened = fixture('close-board');
    reopened.action.data.board.closed = false;
    reopened.action.data.old.closed = true;
    expect(eventOf(reopened)).toMatchObject({ change: { kind: 'reopened' } });
  });

  it('reads other board updates by the attributes that changed', () => {
    const payload = fixture('rename-board');
    payload.action.data.old = { prefs: { background: 'green' } };
    expect(eventOf(payload)).toMatchObject({ change: { kind: 'updated', changed: ['prefs'] } });
  });

  it('reads a board copied and moved between workspaces', () => {
    const copied = fixture('create-board');
    copied.action.type = 'copyBoard';
    copied.action.data.boardSource = { id: 'x', name: 'Template' };
    expect(eventOf(copied)).toMatchObject({ change: { kind: 'copied', from: 'Template' } });
    const added = fixture('create-board');
    added.action.type = 'addToOrganizationBoard';
    added.action.data.organization = { id: 'o', name: 'acme', displayName: 'Acme Corp' };
    expect(eventOf(added)).toMatchObject({
      change: { kind: 'added_to_workspace', workspace: 'Acme Corp' },
    });
    added.action.type = 'removeFromOrganizationBoard';
    delete added.action.data.organization.displayName;
    expect(eventOf(added)).toMatchObject({
      change: { kind: 'removed_from_workspace', workspace: 'acme' },
    });
  });

  it('reports a board action without the board as other', () => {
    const payload = fixture('create-board');
    delete payload.action.data.board;
    expect(eventOf(payload)).toEqual({
      source: 'trello',
      type: 'other',
      actionType: 'createBoard',
      who: 'Jane Doe',
      at: '2024-05-24T08:45:00.000Z',
    });
  });
});

describe('interpretTrello: board labels', () => {
  it('reads a label created, recoloured, renamed and deleted', () => {
    expect(eventOf(fixture('create-label'))).toMatchObject({
      type: 'board_label',
      label: { name: 'Regression', color: 'purple' },
      change: { kind: 'created' },
    });
    expect(eventOf(fixture('update-label'))).toMatchObject({
      label: { name: 'Regression', color: 'red' },
      change: { kind: 'recoloured', from: 'purple' },
    });
    const renamed = fixture('update-label');
    renamed.action.data.old = { name: 'Regresion' };
    expect(eventOf(renamed)).toMatchObject({ change: { kind: 'renamed', from: 'Regresion' } });
    expect(eventOf(fixture('delete-label'))).toMatchObject({
      label: {},
      change: { kind: 'deleted' },
    });
  });
});

describe('interpretTrello: a body stuffed with keys', () => {
  it('reads list and board updates from data.old by name, never listing its keys', () => {
    const unlistable = (target: Record<string, unknown>) =>
      new Proxy(target, {
        ownKeys() {
          throw new Error('the keys of an object from the body were listed');
        },
      });
    const list = fixture('rename-list');
    list.action.data.old = unlistable({ name: 'Backlog' });
    expect(eventOf(list)).toMatchObject({ change: { kind: 'renamed' } });
    const board = fixture('rename-board');
    board.action.data.old = unlistable({ prefs: {} });
    expect(eventOf(board)).toMatchObject({ change: { kind: 'updated', changed: ['prefs'] } });
    const item = fixture('rename-check-item');
    item.action.data.old = unlistable({ pos: 1 });
    expect(interpretTrello(item)).toMatchObject({ kind: 'ignored' });
  });
});

import { describe, expect, it } from 'vitest';
import { trelloCard } from '../../../src/connectors/trello/card.js';
import type {
  TrelloBoardChange,
  TrelloLabelChange,
  TrelloListChange,
} from '../../../src/connectors/trello/events.js';

const board = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };
const base = { source: 'trello', board, who: 'Jane Doe', at: '2024-05-21T10:15:00.000Z' } as const;
const BOARD_LINKS = [{ title: 'Open board', url: board.url }];

function list(change: TrelloListChange, withBoard = true) {
  return trelloCard({
    ...base,
    board: withBoard ? board : undefined,
    type: 'list_changed',
    list: 'Backlog',
    change,
  });
}

describe('trelloCard: lists', () => {
  it('names the list and the board, linking the board', () => {
    expect(list({ kind: 'created' })).toEqual({
      source: 'Trello',
      summary: 'Jane Doe: List Backlog created on board Roadmap',
      title: 'List Backlog created on board Roadmap',
      titleUrl: board.url,
      subtitle: 'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
      accent: 'good',
      facts: [],
      links: BOARD_LINKS,
    });
  });

  it.each<[TrelloListChange, string]>([
    [{ kind: 'renamed', from: 'Ideas' }, 'List Ideas renamed to Backlog on board Roadmap'],
    [{ kind: 'renamed' }, 'List renamed to Backlog on board Roadmap'],
    [{ kind: 'archived' }, 'List Backlog archived on board Roadmap'],
    [{ kind: 'restored' }, 'List Backlog restored on board Roadmap'],
    [{ kind: 'moved' }, 'List Backlog moved on board Roadmap'],
    [{ kind: 'moved_in' }, 'List Backlog moved to board Roadmap'],
    [{ kind: 'moved_out' }, 'List Backlog moved from board Roadmap to another board'],
    [
      { kind: 'moved_out', otherBoard: 'Support' },
      'List Backlog moved from board Roadmap to board Support',
    ],
    [{ kind: 'updated', changed: ['color'] }, 'List Backlog updated on board Roadmap'],
  ])('titles a list change %j', (change, title) => {
    expect(list(change).title).toBe(title);
  });

  it('shows the details of a list change as facts', () => {
    expect(list({ kind: 'renamed', from: 'Ideas' }).facts).toEqual([
      { title: 'Previous name', value: 'Ideas' },
    ]);
    expect(list({ kind: 'moved_in', otherBoard: 'Support' }).facts).toEqual([
      { title: 'From board', value: 'Support' },
    ]);
    expect(list({ kind: 'updated', changed: ['color', 'softLimit'] }).facts).toEqual([
      { title: 'Changed', value: 'colour, card limit' },
    ]);
    expect(list({ kind: 'archived' }).accent).toBe('warning');
  });

  it('leaves the board out of the title when the payload has none', () => {
    expect(list({ kind: 'created' }, false)).toMatchObject({
      title: 'List Backlog created',
      facts: [],
      links: [],
    });
    expect(list({ kind: 'moved_in' }, false).title).toBe('List Backlog moved from another board');
  });
});

describe('trelloCard: boards', () => {
  const changed = (change: TrelloBoardChange) =>
    trelloCard({ ...base, type: 'board_changed', change });

  it.each<[TrelloBoardChange, string]>([
    [{ kind: 'created' }, 'Board Roadmap created'],
    [{ kind: 'renamed', from: 'Plans' }, 'Board Plans renamed to Roadmap'],
    [{ kind: 'closed' }, 'Board Roadmap closed'],
    [{ kind: 'reopened' }, 'Board Roadmap reopened'],
    [{ kind: 'copied', from: 'Template' }, 'Board Roadmap copied from board Template'],
    [{ kind: 'copied' }, 'Board Roadmap created as a copy'],
    [{ kind: 'added_to_workspace', workspace: 'Acme' }, 'Board Roadmap added to workspace Acme'],
    [{ kind: 'removed_from_workspace' }, 'Board Roadmap removed from a workspace'],
    [{ kind: 'updated', changed: ['prefs'] }, 'Board Roadmap updated'],
  ])('titles a board change %j', (change, title) => {
    const model = changed(change);
    expect(model.title).toBe(title);
    expect(model).toMatchObject({ titleUrl: board.url, links: BOARD_LINKS });
  });

  it('shows the old name, what changed and a closed board as a warning', () => {
    expect(changed({ kind: 'renamed', from: 'Plans' }).facts).toEqual([
      { title: 'Previous name', value: 'Plans' },
    ]);
    expect(changed({ kind: 'updated', changed: ['prefs', 'desc'] }).facts).toEqual([
      { title: 'Changed', value: 'settings, description' },
    ]);
    expect(changed({ kind: 'closed' }).accent).toBe('warning');
  });
});

describe('trelloCard: board members', () => {
  it('names the member, the board and the role', () => {
    const added = trelloCard({
      ...base,
      type: 'board_member',
      member: 'Sam Lee',
      self: false,
      change: { kind: 'added', role: 'observer' },
    });
    expect(added).toMatchObject({
      title: 'Sam Lee added to board Roadmap',
      titleUrl: board.url,
      facts: [
        { title: 'Member', value: 'Sam Lee' },
        { title: 'Role', value: 'Observer' },
      ],
      links: BOARD_LINKS,
    });
  });

  it.each([
    [{ kind: 'added' } as const, true, 'Jane Doe joined board Roadmap'],
    [{ kind: 'removed' } as const, false, 'Jane Doe removed from board Roadmap'],
    [{ kind: 'removed' } as const, true, 'Jane Doe left board Roadmap'],
    [{ kind: 'role', role: 'admin' } as const, false, 'Jane Doe made an admin of board Roadmap'],
    [
      { kind: 'role', role: 'normal' } as const,
      false,
      'Jane Doe made a normal member of board Roadmap',
    ],
    [
      { kind: 'role', role: 'observer' } as const,
      false,
      'Jane Doe made an observer of board Roadmap',
    ],
  ])('titles %j (self: %s)', (change, self, title) => {
    expect(
      trelloCard({ ...base, type: 'board_member', member: 'Jane Doe', self, change }).title,
    ).toBe(title);
  });

  it('says "a member" when the payload does not name them', () => {
    expect(
      trelloCard({ ...base, type: 'board_member', self: false, change: { kind: 'removed' } }).title,
    ).toBe('A member removed from board Roadmap');
  });
});

describe('trelloCard: board labels', () => {
  const label = (change: TrelloLabelChange, name: string | null = 'Regression') =>
    trelloCard({
      ...base,
      type: 'board_label',
      label: { ...(name ? { name } : {}), color: 'red' },
      change,
    });

  it.each<[TrelloLabelChange, string]>([
    [{ kind: 'created' }, 'Label Regression created on board Roadmap'],
    [
      { kind: 'renamed', from: 'Regresion' },
      'Label Regresion renamed to Regression on board Roadmap',
    ],
    [{ kind: 'recoloured', from: 'purple' }, 'Colour of label Regression changed on board Roadmap'],
    [{ kind: 'deleted' }, 'Label Regression deleted from board Roadmap'],
    [{ kind: 'updated' }, 'Label Regression updated on board Roadmap'],
  ])('titles a label change %j', (change, title) => {
    const model = label(change);
    expect(model.title).toBe(title);
    expect(model.facts[0]).toEqual({ title: 'Colour', value: 'red' });
  });

  it('shows the previous colour, and a label with only a colour by it', () => {
    expect(label({ kind: 'recoloured', from: 'purple_dark' }).facts).toEqual([
      { title: 'Colour', value: 'red' },
      { title: 'Previous colour', value: 'dark purple' },
    ]);
    expect(label({ kind: 'recoloured' }, null)).toMatchObject({
      title: 'Label colour changed on board Roadmap',
      facts: [
        { title: 'Colour', value: 'red' },
        { title: 'Previous colour', value: 'none' },
      ],
    });
    expect(label({ kind: 'created' }, null).title).toBe('Label red created on board Roadmap');
  });
});

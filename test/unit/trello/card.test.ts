import { describe, expect, it } from 'vitest';
import { trelloCard } from '../../../src/connectors/trello/card.js';
import { interpretTrello } from '../../../src/connectors/trello/interpret.js';
import type { TrelloCardChange, TrelloEvent } from '../../../src/connectors/trello/events.js';
import { fixture } from './fixtures.js';

const board = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };
const card = { name: 'Fix login', url: 'https://trello.com/c/FxLg5678' };
const base = { source: 'trello', board, who: 'Jane Doe', at: '2024-05-21T10:15:00.000Z' } as const;

const OPEN_LINKS = [
  { title: 'Open card', url: card.url },
  { title: 'Open board', url: board.url },
];

function updated(change: TrelloCardChange) {
  return trelloCard({ ...base, type: 'card_updated', card, list: 'Doing', change });
}

describe('trelloCard', () => {
  it('shows a move with both lists, who, board and links', () => {
    const model = trelloCard({
      ...base,
      type: 'card_moved',
      card,
      fromList: 'Doing',
      toList: 'Done',
    });
    expect(model).toEqual({
      source: 'Trello',
      summary: 'Jane Doe: Fix login moved to Done',
      title: 'Fix login moved to Done',
      titleUrl: card.url,
      subtitle: 'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
      accent: 'accent',
      facts: [
        { title: 'List', value: 'Doing → Done' },
        { title: 'Board', value: 'Roadmap' },
      ],
      links: OPEN_LINKS,
    });
  });

  it('shows a move whose lists are unknown without inventing them', () => {
    const model = trelloCard({ ...base, type: 'card_moved', card });
    expect(model.title).toBe('Fix login moved to another list');
    expect(model.facts).toEqual([{ title: 'Board', value: 'Roadmap' }]);
  });

  it('shows a created card with its list', () => {
    const model = trelloCard({ ...base, type: 'card_created', card, list: 'Backlog' });
    expect(model).toMatchObject({
      title: 'Fix login added to Backlog',
      titleUrl: card.url,
      accent: 'good',
      facts: [
        { title: 'List', value: 'Backlog' },
        { title: 'Board', value: 'Roadmap' },
      ],
      links: OPEN_LINKS,
    });
  });

  it('shows a comment as the card text', () => {
    const model = trelloCard({
      ...base,
      type: 'comment_added',
      card,
      list: 'Doing',
      text: 'Looks **good**',
    });
    expect(model).toMatchObject({
      title: 'New comment on Fix login',
      subtitle: 'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
      text: 'Looks **good**',
      facts: [
        { title: 'List', value: 'Doing' },
        { title: 'Board', value: 'Roadmap' },
      ],
    });
  });

  it('shows a member added by someone else, and one who joined', () => {
    const added = trelloCard({
      ...base,
      type: 'member_added',
      card,
      member: 'Sam Lee',
      joined: false,
    });
    expect(added).toMatchObject({
      title: 'Sam Lee added to Fix login',
      subtitle: 'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
      facts: [
        { title: 'Member', value: 'Sam Lee' },
        { title: 'Board', value: 'Roadmap' },
      ],
    });
    const joined = trelloCard({
      ...base,
      type: 'member_added',
      card,
      member: 'Jane Doe',
      joined: true,
    });
    expect(joined.title).toBe('Jane Doe joined Fix login');
  });

  it('shows a rename with the previous name', () => {
    const model = updated({ field: 'name', from: 'Fix login', to: 'Fix login on Safari' });
    expect(model.title).toBe('Fix login renamed to Fix login on Safari');
    expect(model.facts).toEqual([
      { title: 'Previous name', value: 'Fix login' },
      { title: 'List', value: 'Doing' },
      { title: 'Board', value: 'Roadmap' },
    ]);
  });

  it('shows a new description as text and the old one as a fact', () => {
    const model = updated({ field: 'desc', from: 'Old words', to: 'New words' });
    expect(model).toMatchObject({
      title: 'Description of Fix login changed',
      text: 'New words',
      facts: [
        { title: 'Previous description', value: 'Old words' },
        { title: 'List', value: 'Doing' },
        { title: 'Board', value: 'Roadmap' },
      ],
    });
    const first = updated({ field: 'desc', to: 'New words' });
    expect(first.facts[0]).toEqual({ title: 'Previous description', value: '(empty)' });
    const removed = updated({ field: 'desc', from: 'Old words' });
    expect(removed.title).toBe('Description of Fix login removed');
    expect(removed.text).toBeUndefined();
  });

  it('shows archiving as a warning and restoring as good news', () => {
    expect(updated({ field: 'closed', closed: true })).toMatchObject({
      title: 'Fix login archived',
      accent: 'warning',
    });
    expect(updated({ field: 'closed', closed: false })).toMatchObject({
      title: 'Fix login restored',
      accent: 'good',
    });
  });

  it('shows due dates in UTC to the minute', () => {
    const changed = updated({
      field: 'due',
      from: '2024-05-30T12:00:00.000Z',
      to: '2024-06-01T15:30:00.000Z',
    });
    expect(changed.title).toBe('Due date of Fix login changed');
    expect(changed.facts.slice(0, 2)).toEqual([
      { title: 'Due', value: '2024-06-01 15:30 UTC' },
      { title: 'Previously', value: '2024-05-30 12:00 UTC' },
    ]);
    expect(updated({ field: 'due', to: '2024-06-01T15:30:00.000Z' }).title).toBe(
      'Due date set on Fix login',
    );
    const removed = updated({ field: 'due', from: '2024-05-30T12:00:00.000Z' });
    expect(removed.title).toBe('Due date removed from Fix login');
    expect(removed.facts[0]).toEqual({ title: 'Was due', value: '2024-05-30 12:00 UTC' });
    expect(updated({ field: 'due', to: 'soon' }).facts[0]).toEqual({ title: 'Due', value: 'soon' });
  });

  it('shows a due date marked complete or not', () => {
    expect(updated({ field: 'dueComplete', complete: true }).title).toBe(
      'Fix login marked complete',
    );
    expect(updated({ field: 'dueComplete', complete: false }).title).toBe(
      'Fix login marked incomplete',
    );
  });

  it('shows an updateCard it does not model as the card updated, with what changed', () => {
    const model = trelloCard({
      ...base,
      type: 'other',
      actionType: 'updateCard',
      card,
      changed: ['idAttachmentCover', 'cover'],
    });
    expect(model).toMatchObject({
      title: 'Fix login updated',
      titleUrl: card.url,
      facts: [
        { title: 'Changed', value: 'cover image, cover' },
        { title: 'Board', value: 'Roadmap' },
      ],
      links: OPEN_LINKS,
    });
  });

  it('names other card actions in words, with the card, and the board as a fact', () => {
    const model = trelloCard({ ...base, type: 'other', actionType: 'copyCommentCard', card });
    expect(model).toMatchObject({
      title: 'Copy comment card: Fix login',
      titleUrl: card.url,
      facts: [{ title: 'Board', value: 'Roadmap' }],
      links: OPEN_LINKS,
    });
  });

  it('titles a card-less other action by its board, then by the action alone', () => {
    const onBoard = trelloCard({ ...base, type: 'other', actionType: 'enablePlugin' });
    expect(onBoard).toMatchObject({
      title: 'Enable plugin on board Roadmap',
      titleUrl: board.url,
      facts: [],
      links: [{ title: 'Open board', url: board.url }],
    });
    const bare: TrelloEvent = { source: 'trello', type: 'other', actionType: 'enablePlugin' };
    expect(trelloCard(bare)).toEqual({
      source: 'Trello',
      summary: 'Enable plugin',
      title: 'Enable plugin',
      accent: 'default',
      facts: [],
      links: [],
    });
  });

  it('leaves out the author or board from the subtitle when unknown', () => {
    const noWho = trelloCard({ source: 'trello', type: 'card_created', card, board });
    expect(noWho.subtitle).toBe('on board Roadmap');
    expect(noWho.summary).toBe('Fix login created');
    const noBoard = trelloCard({ source: 'trello', type: 'card_created', card, who: 'Jane Doe' });
    expect(noBoard.subtitle).toBe('by Jane Doe');
    expect(noBoard.links).toEqual([{ title: 'Open card', url: card.url }]);
  });

  it('shows when the action happened in UTC, whatever the offset it was sent with', () => {
    const at = (value: string | undefined) =>
      trelloCard({ ...base, at: value, type: 'card_moved', card }).subtitle;
    expect(at('2024-05-21T10:15:00.000Z')).toBe(
      'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
    );
    expect(at('2024-05-21T23:30:00-02:00')).toBe(
      'by Jane Doe on board Roadmap · 2024-05-22 01:30 UTC',
    );
    expect(at('2024-05-21T10:15Z')).toBe('by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC');
    const timeOnly = trelloCard({
      source: 'trello',
      type: 'other',
      actionType: 'createList',
      at: '2024-05-21T10:15:00.000Z',
    });
    expect(timeOnly.subtitle).toBe('2024-05-21 10:15 UTC');
  });

  it("carries action.date from Trello's payload to the card", () => {
    const result = interpretTrello(fixture('create-card'));
    if (result.kind !== 'event' || result.event.source !== 'trello') throw new Error(result.kind);
    expect(trelloCard(result.event).subtitle).toBe(
      'by Jane Doe on board Roadmap · 2024-05-20 09:00 UTC',
    );
  });

  it('leaves the time out rather than show something that is not a date', () => {
    const subtitle = (at: string | undefined) =>
      trelloCard({ ...base, at, type: 'card_moved', card }).subtitle;
    for (const junk of [
      undefined,
      'yesterday',
      '1',
      'Tue May 21 2024',
      '2024-05-21',
      '2024-13-45T10:15:00Z',
      '9999-12-31T23:30:00-01:00',
    ]) {
      expect(subtitle(junk)).toBe('by Jane Doe on board Roadmap');
    }
  });

  it('builds a card for every hand-made fixture that yields an event', () => {
    const titles = [
      'create-card',
      'move-card',
      'move-card-display',
      'rename-card',
      'describe-card',
      'archive-card',
      'due-card',
      'comment-card',
      'add-member',
      'add-attachment',
    ].map((name) => {
      const result = interpretTrello(fixture(name));
      if (result.kind !== 'event' || result.event.source !== 'trello') throw new Error(name);
      return trelloCard(result.event).title;
    });
    expect(titles).toEqual([
      'Fix login added to Backlog',
      'Fix login moved to Done',
      'Fix login moved to Done',
      'Fix login renamed to Fix login on Safari',
      'Description of Fix login changed',
      'Fix login archived',
      'Due date of Fix login changed',
      'New comment on Fix login',
      'Sam Lee added to Fix login',
      'Attachment session.har added to Fix login',
    ]);
  });
});

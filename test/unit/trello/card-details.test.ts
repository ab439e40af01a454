import { describe, expect, it } from 'vitest';
import { trelloCard } from '../../../src/connectors/trello/card.js';
import type {
  TrelloCardChange,
  TrelloCheckItemChange,
} from '../../../src/connectors/trello/events.js';

const board = { name: 'Roadmap', url: 'https://trello.com/b/RmAp1234/roadmap' };
const card = { name: 'Fix login', url: 'https://trello.com/c/FxLg5678' };
const base = { source: 'trello', board, who: 'Jane Doe', at: '2024-05-21T10:15:00.000Z' } as const;
const onCard = { ...base, card } as const;

const BOARD_FACT = { title: 'Board', value: 'Roadmap' };
const OPEN_LINKS = [
  { title: 'Open card', url: card.url },
  { title: 'Open board', url: board.url },
];

describe('trelloCard: labels on cards', () => {
  it('names the label added, with its colour as a fact', () => {
    expect(
      trelloCard({ ...onCard, type: 'label_added', label: { name: 'Safari', color: 'orange' } }),
    ).toMatchObject({
      title: 'Label Safari added to Fix login',
      titleUrl: card.url,
      facts: [{ title: 'Colour', value: 'orange' }, BOARD_FACT],
      links: OPEN_LINKS,
    });
  });

  it('names a label without a name by its colour, in words', () => {
    const removed = trelloCard({ ...onCard, type: 'label_removed', label: { color: 'red_dark' } });
    expect(removed.title).toBe('Label dark red removed from Fix login');
    expect(removed.facts[0]).toEqual({ title: 'Colour', value: 'dark red' });
    const sky = trelloCard({ ...onCard, type: 'label_added', label: { color: 'sky_light' } });
    expect(sky.title).toBe('Label light sky added to Fix login');
    const bare = trelloCard({ ...onCard, type: 'label_added', label: {} });
    expect(bare).toMatchObject({ title: 'A label added to Fix login', facts: [BOARD_FACT] });
  });
});

describe('trelloCard: checklists', () => {
  it('names the checklist added, removed or renamed', () => {
    const checklist = 'Repro steps';
    expect(trelloCard({ ...onCard, type: 'checklist_added', checklist }).title).toBe(
      'Checklist Repro steps added to Fix login',
    );
    expect(trelloCard({ ...onCard, type: 'checklist_removed', checklist }).title).toBe(
      'Checklist Repro steps removed from Fix login',
    );
    expect(trelloCard({ ...onCard, type: 'checklist_removed' }).title).toBe(
      'A checklist removed from Fix login',
    );
    const renamed = trelloCard({
      ...onCard,
      type: 'checklist_renamed',
      checklist: 'How to reproduce',
      from: checklist,
    });
    expect(renamed).toMatchObject({
      title: 'Checklist Repro steps renamed to How to reproduce on Fix login',
      facts: [{ title: 'Previous name', value: checklist }, BOARD_FACT],
    });
  });

  function item(change: TrelloCheckItemChange, name: string | null = 'Capture a HAR') {
    return trelloCard({
      ...onCard,
      type: 'check_item',
      item: name ?? undefined,
      checklist: 'Repro steps',
      change,
    });
  }

  it('shows an item completed as good news, naming item, card and checklist', () => {
    expect(item({ kind: 'completed' })).toMatchObject({
      title: 'Capture a HAR completed on Fix login',
      titleUrl: card.url,
      accent: 'good',
      facts: [{ title: 'Checklist', value: 'Repro steps' }, BOARD_FACT],
      links: OPEN_LINKS,
    });
    expect(item({ kind: 'incomplete' })).toMatchObject({
      title: 'Capture a HAR marked incomplete on Fix login',
      accent: 'default',
    });
  });

  it('shows items created, deleted, renamed and otherwise updated', () => {
    expect(item({ kind: 'created' }).title).toBe('Checklist item Capture a HAR added to Fix login');
    expect(item({ kind: 'deleted' }).title).toBe(
      'Checklist item Capture a HAR deleted from Fix login',
    );
    const renamed = item({ kind: 'renamed', from: 'Get a HAR' });
    expect(renamed).toMatchObject({
      title: 'Checklist item renamed to Capture a HAR on Fix login',
      facts: [
        { title: 'Checklist', value: 'Repro steps' },
        { title: 'Previous name', value: 'Get a HAR' },
        BOARD_FACT,
      ],
    });
    expect(item({ kind: 'updated' }).title).toBe(
      'Checklist item Capture a HAR updated on Fix login',
    );
  });

  it('says "a checklist item" when the item has no name', () => {
    expect(item({ kind: 'completed' }, null).title).toBe('A checklist item completed on Fix login');
    expect(item({ kind: 'created' }, null).title).toBe('A checklist item added to Fix login');
  });
});

describe('trelloCard: attachments', () => {
  const url = 'https://trello.com/1/cards/x/attachments/y/download/session.har';

  it('links an attachment added as a button, never as an image', () => {
    const model = trelloCard({
      ...onCard,
      type: 'attachment_added',
      attachment: 'session.har',
      url,
    });
    expect(model).toEqual({
      source: 'Trello',
      summary: 'Jane Doe: Attachment session.har added to Fix login',
      title: 'Attachment session.har added to Fix login',
      titleUrl: card.url,
      subtitle: 'by Jane Doe on board Roadmap · 2024-05-21 10:15 UTC',
      accent: 'default',
      facts: [BOARD_FACT],
      links: [{ title: 'Open attachment', url }, ...OPEN_LINKS],
    });
  });

  it('shows an attachment without a link or name, and one removed', () => {
    expect(trelloCard({ ...onCard, type: 'attachment_added' })).toMatchObject({
      title: 'An attachment added to Fix login',
      links: OPEN_LINKS,
    });
    expect(
      trelloCard({ ...onCard, type: 'attachment_removed', attachment: 'session.har' }),
    ).toMatchObject({ title: 'Attachment session.har removed from Fix login', links: OPEN_LINKS });
  });
});

describe('trelloCard: other card actions', () => {
  it('shows a deleted card by its number and list, without a card link', () => {
    const model = trelloCard({ ...base, type: 'card_deleted', number: 42, list: 'Doing' });
    expect(model).toMatchObject({
      title: 'Card #42 deleted from list Doing',
      accent: 'attention',
      facts: [BOARD_FACT],
      links: [{ title: 'Open board', url: board.url }],
    });
    expect(model.titleUrl).toBeUndefined();
    expect(trelloCard({ ...base, type: 'card_deleted', name: 'Fix login' }).title).toBe(
      'Fix login deleted',
    );
    expect(trelloCard({ ...base, type: 'card_deleted' }).title).toBe('A card deleted');
  });

  it('shows a copied card with its source', () => {
    expect(
      trelloCard({ ...onCard, type: 'card_copied', from: 'Old login', list: 'Backlog' }),
    ).toMatchObject({
      title: 'Fix login copied from Old login',
      accent: 'good',
      facts: [{ title: 'List', value: 'Backlog' }, BOARD_FACT],
    });
    expect(trelloCard({ ...onCard, type: 'card_copied' }).title).toBe(
      'Fix login created as a copy',
    );
  });

  it('shows a card moved between boards', () => {
    const arrived = trelloCard({
      ...onCard,
      type: 'card_transferred',
      direction: 'in',
      otherBoard: 'Support',
      list: 'Backlog',
    });
    expect(arrived).toMatchObject({
      title: 'Fix login moved to board Roadmap',
      facts: [
        { title: 'From board', value: 'Support' },
        { title: 'List', value: 'Backlog' },
        BOARD_FACT,
      ],
    });
    const left = trelloCard({ ...onCard, type: 'card_transferred', direction: 'out' });
    expect(left).toMatchObject({ title: 'Fix login moved to another board', facts: [BOARD_FACT] });
    const named = trelloCard({
      ...onCard,
      type: 'card_transferred',
      direction: 'out',
      otherBoard: 'Support',
    });
    expect(named.title).toBe('Fix login moved to board Support');
  });

  it('shows votes, comment edits and deletions, and members removed', () => {
    expect(trelloCard({ ...onCard, type: 'card_voted', voted: true }).title).toBe(
      'Vote added to Fix login',
    );
    expect(trelloCard({ ...onCard, type: 'card_voted', voted: false }).title).toBe(
      'Vote removed from Fix login',
    );
    expect(trelloCard({ ...onCard, type: 'comment_edited', text: 'New words' })).toMatchObject({
      title: 'Comment on Fix login edited',
      text: 'New words',
    });
    expect(trelloCard({ ...onCard, type: 'comment_deleted' }).title).toBe(
      'Comment deleted from Fix login',
    );
    expect(
      trelloCard({ ...onCard, type: 'member_removed', member: 'Sam Lee', left: false }),
    ).toMatchObject({
      title: 'Sam Lee removed from Fix login',
      facts: [{ title: 'Member', value: 'Sam Lee' }, BOARD_FACT],
    });
    expect(
      trelloCard({ ...onCard, type: 'member_removed', member: 'Jane Doe', left: true }).title,
    ).toBe('Jane Doe left Fix login');
  });

  it('shows cards sent by email or made from a checklist item', () => {
    expect(trelloCard({ ...onCard, type: 'card_emailed', list: 'Inbox' }).title).toBe(
      'Fix login added to Inbox by email',
    );
    expect(trelloCard({ ...onCard, type: 'card_converted', from: 'Login epic' }).title).toBe(
      'Fix login created from a checklist item on Login epic',
    );
  });
});

describe('trelloCard: dates', () => {
  const updated = (change: TrelloCardChange) =>
    trelloCard({ ...onCard, type: 'card_updated', list: 'Doing', change });

  it('shows a start date set, changed and removed', () => {
    expect(updated({ field: 'start', to: '2024-05-27T00:00:00.000Z' })).toMatchObject({
      title: 'Start date set on Fix login',
      facts: [
        { title: 'Start', value: '2024-05-27 00:00 UTC' },
        { title: 'List', value: 'Doing' },
        BOARD_FACT,
      ],
    });
    const changed = updated({
      field: 'start',
      from: '2024-05-26T00:00:00.000Z',
      to: '2024-05-27T00:00:00.000Z',
    });
    expect(changed.title).toBe('Start date of Fix login changed');
    expect(changed.facts[1]).toEqual({ title: 'Previously', value: '2024-05-26 00:00 UTC' });
    const removed = updated({ field: 'start', from: '2024-05-26T00:00:00.000Z' });
    expect(removed).toMatchObject({
      title: 'Start date removed from Fix login',
      facts: [
        { title: 'Was', value: '2024-05-26 00:00 UTC' },
        { title: 'List', value: 'Doing' },
        BOARD_FACT,
      ],
    });
  });

  it('shows the start date set along with a due date', () => {
    const model = updated({
      field: 'due',
      to: '2024-06-01T15:30:00.000Z',
      start: '2024-05-27T00:00:00.000Z',
    });
    expect(model.title).toBe('Due date set on Fix login');
    expect(model.facts.slice(0, 2)).toEqual([
      { title: 'Due', value: '2024-06-01 15:30 UTC' },
      { title: 'Start', value: '2024-05-27 00:00 UTC' },
    ]);
  });

  it('shows the due date of a card marked complete', () => {
    expect(
      updated({ field: 'dueComplete', complete: true, due: '2024-06-01T15:30:00.000Z' }),
    ).toMatchObject({
      title: 'Fix login marked complete',
      accent: 'good',
      facts: [
        { title: 'Due', value: '2024-06-01 15:30 UTC' },
        { title: 'List', value: 'Doing' },
        BOARD_FACT,
      ],
    });
  });
});

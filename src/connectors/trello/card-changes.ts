import type { CardModel } from '../../core/card-model.js';
import { facts, formatTime } from '../kit/wording.js';
import { frame, type Body } from './card-frame.js';
import type { TrelloCardChange, TrelloCardRef, TrelloEventOf } from './events.js';

/** An `updateCard` that changed one attribute we model, with the card's list. */
export function cardUpdatedCard(event: TrelloEventOf<'card_updated'>): CardModel {
  const change = describeChange(event.card, event.change);
  return frame(event, {
    ...change,
    titleUrl: event.card.url,
    facts: [...change.facts, ...facts(['List', event.list])],
  });
}

function describeChange(card: TrelloCardRef, change: TrelloCardChange): Omit<Body, 'titleUrl'> {
  switch (change.field) {
    case 'name':
      return {
        title: change.from
          ? `${change.from} renamed to ${change.to}`
          : `Card renamed to ${change.to}`,
        accent: 'default',
        facts: facts(['Previous name', change.from]),
      };
    case 'desc':
      return {
        title: change.to
          ? `Description of ${card.name} changed`
          : `Description of ${card.name} removed`,
        accent: 'default',
        ...(change.to ? { text: change.to } : {}),
        facts: [{ title: 'Previous description', value: change.from ?? '(empty)' }],
      };
    case 'closed':
      return change.closed
        ? { title: `${card.name} archived`, accent: 'warning', facts: [] }
        : { title: `${card.name} restored`, accent: 'good', facts: [] };
    case 'due':
      return {
        title: dateTitle('Due date', card, change),
        accent: 'default',
        facts: facts(
          ['Due', formatTime(change.to)],
          [change.to ? 'Previously' : 'Was due', formatTime(change.from)],
          ['Start', formatTime(change.start)],
        ),
      };
    case 'start':
      return {
        title: dateTitle('Start date', card, change),
        accent: 'default',
        facts: facts(
          ['Start', formatTime(change.to)],
          [change.to ? 'Previously' : 'Was', formatTime(change.from)],
        ),
      };
    case 'dueComplete':
      return {
        title: `${card.name} marked ${change.complete ? 'complete' : 'incomplete'}`,
        accent: change.complete ? 'good' : 'default',
        facts: facts(['Due', formatTime(change.due)]),
      };
    default: {
      const unreachable: never = change;
      throw new Error(`unhandled Trello change ${(unreachable as { field: string }).field}`);
    }
  }
}

/** "Due date set on X", "… of X changed", "… removed from X": a missing side means none. */
function dateTitle(what: string, card: TrelloCardRef, change: { from?: string; to?: string }) {
  if (!change.to) return `${what} removed from ${card.name}`;
  return change.from ? `${what} of ${card.name} changed` : `${what} set on ${card.name}`;
}

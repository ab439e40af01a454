import type { CardModel } from '../../core/card-model.js';
import { facts } from '../kit/wording.js';
import { frame } from './card-frame.js';
import type { TrelloEventOf } from './events.js';

/** A card coming to be, moving, or going: created, copied, moved, sent elsewhere, deleted. */

export function cardCreatedCard(event: TrelloEventOf<'card_created'>): CardModel {
  return frame(event, {
    title: event.list ? `${event.card.name} added to ${event.list}` : `${event.card.name} created`,
    titleUrl: event.card.url,
    accent: 'good',
    facts: facts(['List', event.list]),
  });
}

export function cardMovedCard(event: TrelloEventOf<'card_moved'>): CardModel {
  const { fromList: from, toList: to } = event;
  return frame(event, {
    title: `${event.card.name} moved to ${to ?? 'another list'}`,
    titleUrl: event.card.url,
    accent: 'accent',
    facts:
      from && to
        ? [{ title: 'List', value: `${from} → ${to}` }]
        : facts(['List', to], ['From list', from]),
  });
}

export function cardCopiedCard(event: TrelloEventOf<'card_copied'>): CardModel {
  const { card } = event;
  return frame(event, {
    title: event.from ? `${card.name} copied from ${event.from}` : `${card.name} created as a copy`,
    titleUrl: card.url,
    accent: 'good',
    facts: facts(['List', event.list]),
  });
}

/** `board` is where the action was recorded: the new board (in) or the old one (out). */
export function cardTransferredCard(event: TrelloEventOf<'card_transferred'>): CardModel {
  const { card, otherBoard } = event;
  const incoming = event.direction === 'in';
  let title: string;
  if (incoming) {
    title = event.board
      ? `${card.name} moved to board ${event.board.name}`
      : `${card.name} moved from another board`;
  } else {
    title = otherBoard
      ? `${card.name} moved to board ${otherBoard}`
      : `${card.name} moved to another board`;
  }
  return frame(event, {
    title,
    titleUrl: card.url,
    accent: 'accent',
    facts: incoming ? facts(['From board', otherBoard], ['List', event.list]) : [],
  });
}

export function cardEmailedCard(event: TrelloEventOf<'card_emailed'>): CardModel {
  const { card, list } = event;
  return frame(event, {
    title: list ? `${card.name} added to ${list} by email` : `${card.name} created by email`,
    titleUrl: card.url,
    accent: 'good',
    facts: facts(['List', list]),
  });
}

export function cardConvertedCard(event: TrelloEventOf<'card_converted'>): CardModel {
  const { card } = event;
  return frame(event, {
    title: event.from
      ? `${card.name} created from a checklist item on ${event.from}`
      : `${card.name} created from a checklist item`,
    titleUrl: card.url,
    accent: 'good',
    facts: [],
  });
}

/** No link: the card's page is gone, and Trello keeps only its number on the board. */
export function cardDeletedCard(event: TrelloEventOf<'card_deleted'>): CardModel {
  const card = event.name ?? (event.number === undefined ? 'A card' : `Card #${event.number}`);
  return frame(event, {
    title: event.list ? `${card} deleted from list ${event.list}` : `${card} deleted`,
    accent: 'attention',
    facts: [],
  });
}

import type { CardModel } from '../../core/card-model.js';
import { attributeWords } from './attribute-words.js';
import { camelToWords, facts } from '../kit/wording.js';
import { frame } from './card-frame.js';
import type { TrelloEventOf } from './events.js';

/**
 * An action without a card of its own, named by its type in words and by what it is about:
 * "Fix login updated", "Copy comment card: Fix login", "Enable plugin on board Roadmap".
 */
export function otherCard(event: TrelloEventOf<'other'>): CardModel {
  const { card, board } = event;
  return frame(event, {
    title: otherTitle(event),
    titleUrl: card ? card.url : board?.url,
    accent: 'default',
    facts: facts(['Changed', event.changed && attributeWords(event.changed)]),
    namesBoard: !card && board !== undefined,
  });
}

function otherTitle({ actionType, card, board }: TrelloEventOf<'other'>): string {
  const words = camelToWords(actionType);
  if (card) return actionType === 'updateCard' ? `${card.name} updated` : `${words}: ${card.name}`;
  return board ? `${words} on board ${board.name}` : words;
}

import type { TrelloEvent } from '../../core/events/trello.js';
import { excerpt } from '../../core/text.js';
import type { Interpretation } from '../types.js';
import { TEXT_MAX, boardRef, cardRef, entityText, name, whoDid } from './refs.js';
import { trelloPayloadSchema, type TrelloPayload } from './schema.js';
import { interpretUpdateCard, type TrelloEventBase } from './update-card.js';

/**
 * Trello has no event or delivery headers: the action type names the event and the action
 * id, unique per action, serves as the delivery id for de-duplication.
 */
export function interpretTrello(payload: unknown): Interpretation {
  const parsed = trelloPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return {
      kind: 'malformed',
      message: 'not a Trello action: action.id and action.type are required',
    };
  }
  const eventName = parsed.data.action.type;
  const outcome = normalise(parsed.data);
  if ('ignored' in outcome) return { kind: 'ignored', eventName, reason: outcome.ignored };
  return { kind: 'event', eventName, deliveryId: parsed.data.action.id, event: outcome.event };
}

function normalise(payload: TrelloPayload): { event: TrelloEvent } | { ignored: string } {
  const { action } = payload;
  const data = action.data ?? {};
  const base: TrelloEventBase = {
    source: 'trello',
    board: boardRef(payload),
    who: whoDid(action),
    at: excerpt(action.date, 40),
  };
  const card = cardRef(action);
  const list = name(data.list?.name);

  // Each known action needs its card; without one it is still reported, as `other`.
  if (card) {
    switch (action.type) {
      case 'createCard':
        return { event: { ...base, type: 'card_created', card, list } };
      case 'updateCard':
        return interpretUpdateCard(action, base, card);
      case 'commentCard': {
        const text = excerpt(data.text, TEXT_MAX);
        if (text) return { event: { ...base, type: 'comment_added', card, list, text } };
        break;
      }
      case 'addMemberToCard': {
        const member = name(
          action.member?.fullName,
          entityText(action, 'member'),
          action.member?.username,
        );
        const memberId = action.member?.id;
        const joined = memberId !== undefined && memberId === action.memberCreator?.id;
        return { event: { ...base, type: 'member_added', card, member, joined } };
      }
    }
  }
  return {
    event: { ...base, type: 'other', actionType: excerpt(action.type, 100) ?? 'unknown', card },
  };
}

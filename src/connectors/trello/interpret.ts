import type { TrelloEvent } from './events.js';
import { excerpt } from '../../core/text.js';
import type { Outcome } from '../types.js';
import { TEXT_MAX, boardRef, cardRef, entityText, name, whoDid } from './refs.js';
import { trelloPayloadSchema, type TrelloPayload } from './schema.js';
import { interpretUpdateCard, type TrelloEventBase } from './update-card.js';

/** `action.id` becomes the de-duplication key in the store; Trello's are 24 hex digits. */
export const DELIVERY_ID_MAX = 128;
/** `action.type` is logged, matched against event filters and shown on the card. */
export const ACTION_TYPE_MAX = 64;
/** Trello action types are camelCase words: `updateCard`, `addMemberToCard`. */
const ACTION_TYPE = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Trello has no event or delivery headers: the action type names the event and the action
 * id, unique per action, serves as the delivery id for de-duplication.
 */
export function interpretTrello(payload: unknown): Outcome<TrelloEvent> {
  const parsed = trelloPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return malformed('not a Trello action: action.id and action.type are required');
  }
  const { id: deliveryId, type: eventName } = parsed.data.action;
  // Neither value is quoted back: the body may be unsigned, and messages reach logs.
  if (deliveryId.length > DELIVERY_ID_MAX) {
    return malformed(`action.id is longer than ${DELIVERY_ID_MAX} characters`);
  }
  // Length first, so the pattern only ever runs on a short string.
  if (eventName.length > ACTION_TYPE_MAX || !ACTION_TYPE.test(eventName)) {
    return malformed(
      `action.type is not a Trello action type: expected a camelCase word of at most ` +
        `${ACTION_TYPE_MAX} characters`,
    );
  }
  const outcome = normalise(parsed.data, eventName);
  if ('ignored' in outcome) return { kind: 'ignored', eventName, reason: outcome.ignored };
  return { kind: 'event', eventName, deliveryId, event: outcome.event };
}

function malformed(message: string): Outcome<TrelloEvent> {
  return { kind: 'malformed', message };
}

function normalise(
  payload: TrelloPayload,
  actionType: string,
): { event: TrelloEvent } | { ignored: string } {
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
    switch (actionType) {
      case 'createCard':
        return { event: { ...base, type: 'card_created', card, list } };
      case 'updateCard':
        return interpretUpdateCard(action, actionType, base, card);
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
  return { event: { ...base, type: 'other', actionType, card } };
}

import type { Normalised, TrelloEvent, TrelloEventBase } from './events.js';
import { excerpt } from '../../core/text.js';
import type { Outcome } from '../types.js';
import { interpretBoardAction } from './board-actions.js';
import { interpretCardAction } from './card-actions.js';
import { boardRef, cardRef, whoDid } from './refs.js';
import { trelloPayloadSchema, type TrelloPayload } from './schema.js';

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

function normalise(payload: TrelloPayload, actionType: string): Normalised {
  const { action } = payload;
  const base: TrelloEventBase = {
    source: 'trello',
    board: boardRef(payload),
    who: whoDid(action),
    at: excerpt(action.date, 40),
  };
  const card = cardRef(action);
  // Each known action needs what its card shows; without it, it is still reported as `other`.
  const known = card
    ? interpretCardAction(action, actionType, base, card)
    : interpretBoardAction(action, actionType, base);
  return known ?? { event: { ...base, type: 'other', actionType, card } };
}

import type { TrelloCardChange, TrelloCardRef, TrelloEvent } from '../../core/events/trello.js';
import { excerpt } from '../../core/text.js';
import { TEXT_MAX, entityText, name } from './refs.js';
import type { TrelloAction, TrelloCardData } from './schema.js';

/** What every Trello event shares: who, where, when. */
export type TrelloEventBase = Pick<TrelloEvent, 'source' | 'board' | 'who' | 'at'>;

export type UpdateCardOutcome = { event: TrelloEvent } | { ignored: string };

const MOVE_KEY = 'action_move_card_from_list_to_list';
const MAX_CHANGED = 10;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * `updateCard` covers every edit; what changed is told by the keys of `data.old` (their
 * previous values) or, in newer payloads, by `display.translationKey`.
 */
export function interpretUpdateCard(
  action: TrelloAction,
  base: TrelloEventBase,
  card: TrelloCardRef,
): UpdateCardOutcome {
  const data = action.data ?? {};
  const old = data.old ?? {};
  const keys = Object.keys(old);

  if (
    'idList' in old ||
    (data.listBefore && data.listAfter) ||
    action.display?.translationKey === MOVE_KEY
  ) {
    const fromList = name(data.listBefore?.name, entityText(action, 'listBefore'));
    const toList = name(data.listAfter?.name, entityText(action, 'listAfter'));
    return { event: { ...base, type: 'card_moved', card, fromList, toList } };
  }

  // Dragging a card up or down its list changes only `pos`: nobody needs a message for that.
  if (keys.length > 0 && keys.every((key) => key === 'pos')) {
    return { ignored: 'card re-ordered within its list' };
  }

  const change = cardChange(old, data.card);
  if (change) {
    const list = name(data.list?.name);
    return { event: { ...base, type: 'card_updated', card, list, change } };
  }

  const changed = keys
    .filter((key) => key !== 'pos')
    .slice(0, MAX_CHANGED)
    .map((key) => excerpt(key, 50) ?? key);
  return {
    event: {
      ...base,
      type: 'other',
      actionType: action.type,
      card,
      ...(changed.length > 0 ? { changed } : {}),
    },
  };
}

/**
 * One change per message. When several attributes change at once, archiving ranks first
 * because it is the one a channel most needs to hear about.
 */
function cardChange(
  old: Record<string, unknown>,
  card: TrelloCardData | undefined,
): TrelloCardChange | undefined {
  if ('closed' in old) return { field: 'closed', closed: card?.closed ?? old.closed !== true };
  if ('name' in old) {
    return { field: 'name', from: name(str(old.name)), to: name(card?.name) ?? 'Untitled card' };
  }
  if ('desc' in old) {
    return {
      field: 'desc',
      from: excerpt(str(old.desc), TEXT_MAX),
      to: excerpt(card?.desc, TEXT_MAX),
    };
  }
  if ('due' in old) {
    return { field: 'due', from: name(str(old.due)), to: name(card?.due ?? undefined) };
  }
  if ('dueComplete' in old) {
    return { field: 'dueComplete', complete: card?.dueComplete ?? old.dueComplete !== true };
  }
  return undefined;
}

import type { TrelloCardChange, TrelloCardRef, TrelloEvent } from './events.js';
import { excerpt } from '../../core/text.js';
import { TEXT_MAX, entityText, name } from './refs.js';
import type { TrelloAction, TrelloCardData } from './schema.js';

/** What every Trello event shares: who, where, when. */
export type TrelloEventBase = Pick<TrelloEvent, 'source' | 'board' | 'who' | 'at'>;

export type UpdateCardOutcome = { event: TrelloEvent } | { ignored: string };

type OldValues = Readonly<Record<string, unknown>>;

const MOVE_KEY = 'action_move_card_from_list_to_list';
const MAX_CHANGED = 10;

/**
 * Card attributes an `updateCard` reports in `data.old`, in the order a card shows them.
 * `old` is probed for these by name rather than enumerated: the body decides how many keys
 * it has, and listing an object's keys takes time in proportion to all of them, even in a
 * loop that stops early. An attribute not listed here is left out of the "changed" names.
 */
const CARD_ATTRIBUTES = [
  'name',
  'desc',
  'closed',
  'idList',
  'pos',
  'start',
  'due',
  'dueComplete',
  'dueReminder',
  'idMembers',
  'idLabels',
  'idAttachmentCover',
  'manualCoverAttachment',
  'cover',
  'address',
  'locationName',
  'coordinates',
  'isTemplate',
  'idBoard',
  'subscribed',
] as const;

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Own keys only: `old` comes from the body, and `in` would also see Object.prototype. */
function has(old: OldValues, key: string): boolean {
  return Object.hasOwn(old, key);
}

/**
 * `updateCard` covers every edit; what changed is told by the keys of `data.old` (their
 * previous values) or, in newer payloads, by `display.translationKey`. `actionType` is the
 * action type already checked by the caller.
 */
export function interpretUpdateCard(
  action: TrelloAction,
  actionType: string,
  base: TrelloEventBase,
  card: TrelloCardRef,
): UpdateCardOutcome {
  const data = action.data ?? {};
  const old: OldValues = data.old ?? {};

  if (
    has(old, 'idList') ||
    (data.listBefore && data.listAfter) ||
    action.display?.translationKey === MOVE_KEY
  ) {
    const fromList = name(data.listBefore?.name, entityText(action, 'listBefore'));
    const toList = name(data.listAfter?.name, entityText(action, 'listAfter'));
    return { event: { ...base, type: 'card_moved', card, fromList, toList } };
  }

  const changed = CARD_ATTRIBUTES.filter((key) => key !== 'pos' && has(old, key));

  // Dragging a card up or down its list changes only `pos`: nobody needs a message for that.
  if (has(old, 'pos') && changed.length === 0) {
    return { ignored: 'card re-ordered within its list' };
  }

  const change = cardChange(old, data.card);
  if (change) {
    const list = name(data.list?.name);
    return { event: { ...base, type: 'card_updated', card, list, change } };
  }

  return {
    event: {
      ...base,
      type: 'other',
      actionType,
      card,
      ...(changed.length > 0 ? { changed: changed.slice(0, MAX_CHANGED) } : {}),
    },
  };
}

/**
 * One change per message. When several attributes change at once, archiving ranks first
 * because it is the one a channel most needs to hear about.
 */
function cardChange(
  old: OldValues,
  card: TrelloCardData | undefined,
): TrelloCardChange | undefined {
  if (has(old, 'closed')) {
    return { field: 'closed', closed: card?.closed ?? old.closed !== true };
  }
  if (has(old, 'name')) {
    return { field: 'name', from: name(str(old.name)), to: name(card?.name) ?? 'Untitled card' };
  }
  if (has(old, 'desc')) {
    return {
      field: 'desc',
      from: excerpt(str(old.desc), TEXT_MAX),
      to: excerpt(card?.desc, TEXT_MAX),
    };
  }
  if (has(old, 'due')) {
    return { field: 'due', from: name(str(old.due)), to: name(card?.due ?? undefined) };
  }
  if (has(old, 'dueComplete')) {
    return { field: 'dueComplete', complete: card?.dueComplete ?? old.dueComplete !== true };
  }
  return undefined;
}

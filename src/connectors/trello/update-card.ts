import type { Normalised, TrelloCardChange, TrelloCardRef, TrelloEventBase } from './events.js';
import { excerpt } from '../../core/text.js';
import { TEXT_MAX, entityText, name } from './refs.js';
import { MAX_CHANGED, has, str, type OldValues } from './old-values.js';
import type { TrelloAction, TrelloCardData } from './schema.js';

const MOVE_KEY = 'action_move_card_from_list_to_list';

/**
 * Card attributes an `updateCard` reports in `data.old`, in the order a card shows them,
 * probed by name (see old-values.ts). An attribute not listed here is left out of the
 * "changed" names.
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
): Normalised {
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
    const start = has(old, 'start') ? name(card?.start ?? undefined) : undefined;
    return {
      field: 'due',
      from: name(str(old.due)),
      to: name(card?.due ?? undefined),
      ...(start ? { start } : {}),
    };
  }
  if (has(old, 'start')) {
    return { field: 'start', from: name(str(old.start)), to: name(card?.start ?? undefined) };
  }
  if (has(old, 'dueComplete')) {
    const due = name(card?.due ?? undefined);
    return {
      field: 'dueComplete',
      complete: card?.dueComplete ?? old.dueComplete !== true,
      ...(due ? { due } : {}),
    };
  }
  return undefined;
}

import type {
  Normalised,
  TrelloCardRef,
  TrelloCheckItemChange,
  TrelloEventBase,
} from './events.js';
import { has, str, type OldValues } from './old-values.js';
import { name } from './refs.js';
import type { TrelloAction } from './schema.js';

/** Check item attributes `updateCheckItem` reports in `data.old` besides its position. */
const CHECK_ITEM_ATTRIBUTES = ['name', 'state', 'due', 'dueReminder', 'idMember'] as const;

/**
 * Checklists and their items on a card. Undefined for any other action, or for one that
 * lacks what its card needs (an item state that is neither complete nor incomplete).
 */
export function interpretChecklistAction(
  action: TrelloAction,
  actionType: string,
  on: TrelloEventBase & { card: TrelloCardRef },
): Normalised | undefined {
  const data = action.data ?? {};
  const checklist = name(data.checklist?.name);
  const old: OldValues = data.old ?? {};
  switch (actionType) {
    case 'addChecklistToCard':
      return { event: { ...on, type: 'checklist_added', checklist } };
    case 'removeChecklistFromCard':
      return { event: { ...on, type: 'checklist_removed', checklist } };
    case 'updateChecklist':
      if (!has(old, 'name')) return undefined;
      return {
        event: { ...on, type: 'checklist_renamed', checklist, from: name(str(old.name)) },
      };
  }
  const change = checkItemChange(actionType, data.checkItem?.state, old);
  if (change === undefined) return undefined;
  if ('ignored' in change) return change;
  const item = name(data.checkItem?.name);
  return { event: { ...on, type: 'check_item', item, checklist, change } };
}

function checkItemChange(
  actionType: string,
  state: string | undefined,
  old: OldValues,
): TrelloCheckItemChange | { ignored: string } | undefined {
  switch (actionType) {
    case 'createCheckItem':
      return { kind: 'created' };
    case 'deleteCheckItem':
      return { kind: 'deleted' };
    case 'updateCheckItemStateOnCard':
      if (state === 'complete') return { kind: 'completed' };
      if (state === 'incomplete') return { kind: 'incomplete' };
      return undefined;
    case 'updateCheckItem':
      if (has(old, 'name')) return { kind: 'renamed', from: name(str(old.name)) };
      // Like a card dragged within its list, an item dragged within its checklist is no news.
      if (has(old, 'pos') && !CHECK_ITEM_ATTRIBUTES.some((key) => has(old, key))) {
        return { ignored: 'checklist item re-ordered within its checklist' };
      }
      return { kind: 'updated' };
    default:
      return undefined;
  }
}

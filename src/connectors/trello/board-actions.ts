import type {
  Normalised,
  TrelloBoardChange,
  TrelloBoardMemberChange,
  TrelloBoardRole,
  TrelloEventBase,
  TrelloLabelChange,
  TrelloListChange,
} from './events.js';
import { changedKeys, has, str, type OldValues } from './old-values.js';
import { labelOf, memberOf, name } from './refs.js';
import type { TrelloAction } from './schema.js';

/** List attributes `updateList` reports in `data.old`, probed by name (see old-values.ts). */
const LIST_ATTRIBUTES = ['name', 'closed', 'pos', 'color', 'softLimit', 'subscribed'] as const;
/** Board attributes `updateBoard` reports in `data.old`. */
const BOARD_ATTRIBUTES = [
  'name',
  'desc',
  'closed',
  'prefs',
  'idOrganization',
  'labelNames',
  'pinned',
  'subscribed',
] as const;

/**
 * Roles by the word Trello uses in `memberType`. A Map, because a plain object would answer
 * "constructor" from the body with an inherited function.
 */
const ROLES: ReadonlyMap<string, TrelloBoardRole> = new Map<string, TrelloBoardRole>([
  ['admin', 'admin'],
  ['normal', 'normal'],
  ['observer', 'observer'],
]);

/**
 * Actions on a board, its lists, labels and members: none has a card. Undefined when the
 * action is not one of these or lacks what its card needs (a list without a name, a board
 * action without the board); the caller then reports it as `other`.
 */
export function interpretBoardAction(
  action: TrelloAction,
  actionType: string,
  base: TrelloEventBase,
): Normalised | undefined {
  const data = action.data ?? {};
  const old: OldValues = data.old ?? {};

  const listChange = listChangeOf(actionType, action, old);
  if (listChange) {
    const list = name(data.list?.name);
    return list
      ? { event: { ...base, type: 'list_changed', list, change: listChange } }
      : undefined;
  }

  switch (actionType) {
    case 'addMemberToBoard':
    case 'removeMemberFromBoard':
    case 'makeAdminOfBoard':
    case 'makeNormalMemberOfBoard':
    case 'makeObserverOfBoard': {
      const { member, self } = memberOf(action);
      const change = memberChange(actionType, data.memberType);
      return { event: { ...base, type: 'board_member', member, self, change } };
    }
    case 'createLabel':
    case 'updateLabel':
    case 'deleteLabel':
      return {
        event: {
          ...base,
          type: 'board_label',
          label: labelOf(data.label),
          change: labelChange(actionType, old),
        },
      };
  }

  // The board is what these are about: without it there is nothing to name.
  if (!base.board) return undefined;
  const boardChange = boardChangeOf(actionType, action, old);
  return boardChange
    ? { event: { ...base, type: 'board_changed', change: boardChange } }
    : undefined;
}

function memberChange(actionType: string, memberType: string | undefined): TrelloBoardMemberChange {
  if (actionType === 'addMemberToBoard') {
    const role = memberType === undefined ? undefined : ROLES.get(memberType);
    return role ? { kind: 'added', role } : { kind: 'added' };
  }
  if (actionType === 'removeMemberFromBoard') return { kind: 'removed' };
  if (actionType === 'makeAdminOfBoard') return { kind: 'role', role: 'admin' };
  if (actionType === 'makeObserverOfBoard') return { kind: 'role', role: 'observer' };
  return { kind: 'role', role: 'normal' };
}

function listChangeOf(
  actionType: string,
  action: TrelloAction,
  old: OldValues,
): TrelloListChange | undefined {
  const data = action.data ?? {};
  switch (actionType) {
    case 'createList':
      return { kind: 'created' };
    case 'moveListToBoard':
      return { kind: 'moved_in', otherBoard: name(data.boardSource?.name) };
    case 'moveListFromBoard':
      return { kind: 'moved_out', otherBoard: name(data.boardTarget?.name) };
    case 'updateList':
      // Archiving ranks first, as for cards: it is what a channel most needs to hear about.
      if (has(old, 'closed')) {
        const closed = data.list?.closed ?? old.closed !== true;
        return { kind: closed ? 'archived' : 'restored' };
      }
      if (has(old, 'name')) return { kind: 'renamed', from: name(str(old.name)) };
      if (has(old, 'pos') && changedKeys(old, LIST_ATTRIBUTES).length === 1) {
        return { kind: 'moved' };
      }
      return { kind: 'updated', changed: changedKeys(old, LIST_ATTRIBUTES) };
    default:
      return undefined;
  }
}

function labelChange(actionType: string, old: OldValues): TrelloLabelChange {
  if (actionType === 'createLabel') return { kind: 'created' };
  if (actionType === 'deleteLabel') return { kind: 'deleted' };
  if (has(old, 'name')) return { kind: 'renamed', from: name(str(old.name)) };
  if (has(old, 'color')) return { kind: 'recoloured', from: name(str(old.color)) };
  return { kind: 'updated' };
}

function boardChangeOf(
  actionType: string,
  action: TrelloAction,
  old: OldValues,
): TrelloBoardChange | undefined {
  const data = action.data ?? {};
  switch (actionType) {
    case 'createBoard':
      return { kind: 'created' };
    case 'copyBoard':
      return { kind: 'copied', from: name(data.boardSource?.name) };
    case 'addToOrganizationBoard':
      return { kind: 'added_to_workspace', workspace: workspaceOf(action) };
    case 'removeFromOrganizationBoard':
      return { kind: 'removed_from_workspace', workspace: workspaceOf(action) };
    case 'updateBoard':
      if (has(old, 'closed')) {
        const closed = data.board?.closed ?? old.closed !== true;
        return { kind: closed ? 'closed' : 'reopened' };
      }
      if (has(old, 'name')) return { kind: 'renamed', from: name(str(old.name)) };
      return { kind: 'updated', changed: changedKeys(old, BOARD_ATTRIBUTES) };
    default:
      return undefined;
  }
}

/** Trello calls workspaces organizations; `displayName` is the one people see. */
function workspaceOf(action: TrelloAction): string | undefined {
  const organization = action.data?.organization;
  return name(organization?.displayName, organization?.name);
}

/**
 * Trello action types a connector's `events` filter may list: those a board, list or card
 * webhook delivers. Only some become dedicated cards; the rest arrive as `other`.
 * https://developer.atlassian.com/cloud/trello/guides/rest-api/action-types/
 */
export const TRELLO_ACTION_TYPES = [
  // Cards
  'createCard',
  'updateCard',
  'deleteCard',
  'copyCard',
  'moveCardToBoard',
  'moveCardFromBoard',
  'convertToCardFromCheckItem',
  'emailCard',
  'commentCard',
  'updateComment',
  'deleteComment',
  'copyCommentCard',
  'addMemberToCard',
  'removeMemberFromCard',
  'addLabelToCard',
  'removeLabelFromCard',
  'addAttachmentToCard',
  'deleteAttachmentFromCard',
  'voteOnCard',
  // Checklists
  'addChecklistToCard',
  'removeChecklistFromCard',
  'updateChecklist',
  'createCheckItem',
  'updateCheckItem',
  'deleteCheckItem',
  'updateCheckItemStateOnCard',
  // Lists
  'createList',
  'updateList',
  'moveListToBoard',
  'moveListFromBoard',
  // Labels
  'createLabel',
  'updateLabel',
  'deleteLabel',
  // Boards
  'createBoard',
  'updateBoard',
  'copyBoard',
  'addMemberToBoard',
  'removeMemberFromBoard',
  'makeAdminOfBoard',
  'makeNormalMemberOfBoard',
  'makeObserverOfBoard',
  'addToOrganizationBoard',
  'removeFromOrganizationBoard',
  'enablePlugin',
  'disablePlugin',
] as const;

export type TrelloActionType = (typeof TRELLO_ACTION_TYPES)[number];

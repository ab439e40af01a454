import type { Normalised, TrelloCardRef, TrelloEventBase } from './events.js';
import { excerpt } from '../../core/text.js';
import { interpretChecklistAction } from './checklist-actions.js';
import { TEXT_MAX, httpsUrl, labelOf, memberOf, name } from './refs.js';
import type { TrelloAction } from './schema.js';
import { interpretUpdateCard } from './update-card.js';

/**
 * Actions on one card, which the payload names in `data.card`. Undefined when the action is
 * not one of these or lacks what its card needs; the caller then reports it as `other`.
 * `actionType` is the action type already checked by the caller.
 */
export function interpretCardAction(
  action: TrelloAction,
  actionType: string,
  base: TrelloEventBase,
  card: TrelloCardRef,
): Normalised | undefined {
  const data = action.data ?? {};
  const on = { ...base, card };
  const list = name(data.list?.name);
  switch (actionType) {
    case 'createCard':
      return { event: { ...on, type: 'card_created', list } };
    case 'updateCard':
      return interpretUpdateCard(action, actionType, base, card);
    case 'deleteCard':
      // Trello keeps only the card's id and number once it is gone, so no name or link.
      return {
        event: {
          ...base,
          type: 'card_deleted',
          name: name(data.card?.name),
          number: data.card?.idShort,
          list,
        },
      };
    case 'copyCard':
      return { event: { ...on, type: 'card_copied', from: name(data.cardSource?.name), list } };
    case 'moveCardToBoard':
      return {
        event: {
          ...on,
          type: 'card_transferred',
          direction: 'in',
          otherBoard: name(data.boardSource?.name),
          list,
        },
      };
    case 'moveCardFromBoard':
      return {
        event: {
          ...on,
          type: 'card_transferred',
          direction: 'out',
          otherBoard: name(data.boardTarget?.name),
          list,
        },
      };
    case 'emailCard':
      return { event: { ...on, type: 'card_emailed', list } };
    case 'convertToCardFromCheckItem':
      return { event: { ...on, type: 'card_converted', from: name(data.cardSource?.name) } };
    case 'voteOnCard':
      // `voted` is false when a member takes their vote back.
      return { event: { ...on, type: 'card_voted', voted: data.voted !== false } };
    case 'commentCard': {
      const text = excerpt(data.text, TEXT_MAX);
      return text ? { event: { ...on, type: 'comment_added', list, text } } : undefined;
    }
    case 'updateComment':
      return {
        event: { ...on, type: 'comment_edited', text: excerpt(data.action?.text, TEXT_MAX) },
      };
    case 'deleteComment':
      return { event: { ...on, type: 'comment_deleted' } };
    case 'addMemberToCard': {
      const { member, self } = memberOf(action);
      return { event: { ...on, type: 'member_added', member, joined: self } };
    }
    case 'removeMemberFromCard': {
      const { member, self } = memberOf(action);
      return { event: { ...on, type: 'member_removed', member, left: self } };
    }
    case 'addLabelToCard':
      return { event: { ...on, type: 'label_added', label: labelOf(data.label) } };
    case 'removeLabelFromCard':
      return { event: { ...on, type: 'label_removed', label: labelOf(data.label) } };
    case 'addAttachmentToCard': {
      const url = httpsUrl(data.attachment?.url);
      return {
        event: {
          ...on,
          type: 'attachment_added',
          attachment: name(data.attachment?.name),
          ...(url ? { url } : {}),
        },
      };
    }
    case 'deleteAttachmentFromCard':
      return {
        event: { ...on, type: 'attachment_removed', attachment: name(data.attachment?.name) },
      };
    default:
      return interpretChecklistAction(action, actionType, on);
  }
}

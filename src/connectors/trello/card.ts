import type { CardModel } from '../../core/card-model.js';
import { cardMemberCard, commentCard, voteCard } from './card-activity.js';
import { boardCard, boardLabelCard, boardMemberCard, listCard } from './card-board.js';
import { cardUpdatedCard } from './card-changes.js';
import { attachmentCard, cardLabelCard, checkItemCard, checklistCard } from './card-details.js';
import {
  cardConvertedCard,
  cardCopiedCard,
  cardCreatedCard,
  cardDeletedCard,
  cardEmailedCard,
  cardMovedCard,
  cardTransferredCard,
} from './card-lifecycle.js';
import { otherCard } from './card-other.js';
import type { TrelloEvent } from './events.js';

/** Pure: one normalised Trello event → the presentation-neutral card. */
export function trelloCard(event: TrelloEvent): CardModel {
  switch (event.type) {
    case 'card_created':
      return cardCreatedCard(event);
    case 'card_moved':
      return cardMovedCard(event);
    case 'card_updated':
      return cardUpdatedCard(event);
    case 'card_copied':
      return cardCopiedCard(event);
    case 'card_transferred':
      return cardTransferredCard(event);
    case 'card_emailed':
      return cardEmailedCard(event);
    case 'card_converted':
      return cardConvertedCard(event);
    case 'card_deleted':
      return cardDeletedCard(event);
    case 'comment_added':
    case 'comment_edited':
    case 'comment_deleted':
      return commentCard(event);
    case 'member_added':
    case 'member_removed':
      return cardMemberCard(event);
    case 'card_voted':
      return voteCard(event);
    case 'label_added':
    case 'label_removed':
      return cardLabelCard(event);
    case 'checklist_added':
    case 'checklist_removed':
    case 'checklist_renamed':
      return checklistCard(event);
    case 'check_item':
      return checkItemCard(event);
    case 'attachment_added':
    case 'attachment_removed':
      return attachmentCard(event);
    case 'list_changed':
      return listCard(event);
    case 'board_changed':
      return boardCard(event);
    case 'board_member':
      return boardMemberCard(event);
    case 'board_label':
      return boardLabelCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled Trello event ${(unreachable as { type: string }).type}`);
    }
  }
}

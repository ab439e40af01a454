/**
 * Normalised Trello actions: only what a card needs, already capped in size.
 * Every member has `source: 'trello'` and a distinct `type`. Values are plain JSON so the
 * event can be queued as is.
 */

export interface TrelloBoardRef {
  name: string;
  /** Absent when the payload carried neither the board's URL nor a usable short link. */
  url?: string;
}

export interface TrelloCardRef {
  name: string;
  url?: string;
}

/** Who acted, where and when: shared by every Trello event. */
interface TrelloActionBase {
  source: 'trello';
  board?: TrelloBoardRef;
  /** Full name of the member who performed the action. */
  who?: string;
  /** `action.date` as sent (ISO 8601). */
  at?: string;
}

/** One changed card attribute, with old and new values where Trello sends them. */
export type TrelloCardChange =
  | { field: 'name'; from?: string; to: string }
  | { field: 'desc'; from?: string; to?: string }
  | { field: 'closed'; closed: boolean }
  /**
   * ISO 8601 timestamps; a missing side means no due date. `start` is the new start date
   * when it was set in the same edit (Trello's date picker saves both at once).
   */
  | { field: 'due'; from?: string; to?: string; start?: string }
  | { field: 'start'; from?: string; to?: string }
  /** `due` is the card's due date, when the payload carries it. */
  | { field: 'dueComplete'; complete: boolean; due?: string };

export type TrelloCardField = TrelloCardChange['field'];

/** A checklist item's fate; `renamed` keeps the old name, `updated` is any other edit. */
export type TrelloCheckItemChange =
  | { kind: 'created' }
  | { kind: 'completed' }
  | { kind: 'incomplete' }
  | { kind: 'deleted' }
  | { kind: 'renamed'; from?: string }
  | { kind: 'updated' };

export type TrelloListChange =
  | { kind: 'created' }
  | { kind: 'renamed'; from?: string }
  | { kind: 'archived' }
  | { kind: 'restored' }
  /** Dragged to another place on the same board. */
  | { kind: 'moved' }
  /** `moveListToBoard`: arrived on this board; `otherBoard` when Trello names the source. */
  | { kind: 'moved_in'; otherBoard?: string }
  /** `moveListFromBoard`: left this board for another. */
  | { kind: 'moved_out'; otherBoard?: string }
  | { kind: 'updated'; changed: string[] };

export type TrelloBoardChange =
  | { kind: 'created' }
  | { kind: 'renamed'; from?: string }
  | { kind: 'closed' }
  | { kind: 'reopened' }
  | { kind: 'copied'; from?: string }
  | { kind: 'added_to_workspace'; workspace?: string }
  | { kind: 'removed_from_workspace'; workspace?: string }
  | { kind: 'updated'; changed: string[] };

/** `makeAdminOfBoard` and friends: the role a member was given. */
export type TrelloBoardRole = 'admin' | 'normal' | 'observer';

export type TrelloBoardMemberChange =
  | { kind: 'added'; role?: TrelloBoardRole }
  | { kind: 'removed' }
  | { kind: 'role'; role: TrelloBoardRole };

export type TrelloLabelChange =
  | { kind: 'created' }
  | { kind: 'renamed'; from?: string }
  | { kind: 'recoloured'; from?: string }
  | { kind: 'deleted' }
  | { kind: 'updated' };

/** A card label or a board label: its name, or its colour when it has no name. */
export interface TrelloLabel {
  /** Absent for a label with neither a name nor a colour. */
  name?: string;
  color?: string;
}

type CardEvent = TrelloActionBase & { card: TrelloCardRef };

export type TrelloEvent =
  | (CardEvent & { type: 'card_created'; list?: string })
  | (CardEvent & { type: 'card_moved'; fromList?: string; toList?: string })
  | (CardEvent & { type: 'card_updated'; list?: string; change: TrelloCardChange })
  | (CardEvent & { type: 'comment_added'; list?: string; text: string })
  | (CardEvent & { type: 'comment_edited'; text?: string })
  | (CardEvent & { type: 'comment_deleted' })
  | (CardEvent & {
      type: 'member_added';
      member?: string;
      /** The member added themselves ("joined the card"). */
      joined: boolean;
    })
  | (CardEvent & {
      type: 'member_removed';
      member?: string;
      /** The member removed themselves ("left the card"). */
      left: boolean;
    })
  | (CardEvent & { type: 'label_added' | 'label_removed'; label: TrelloLabel })
  | (CardEvent & {
      type: 'checklist_added' | 'checklist_removed';
      checklist?: string;
    })
  /** `checklist` is the new name. */
  | (CardEvent & { type: 'checklist_renamed'; checklist?: string; from?: string })
  | (CardEvent & {
      type: 'check_item';
      item?: string;
      checklist?: string;
      change: TrelloCheckItemChange;
    })
  | (CardEvent & {
      type: 'attachment_added' | 'attachment_removed';
      attachment?: string;
      /** Only ever an https URL, shown as a link (never fetched or embedded as an image). */
      url?: string;
    })
  | (CardEvent & { type: 'card_copied'; from?: string; list?: string })
  /** `moveCardToBoard` (in) or `moveCardFromBoard` (out); `board` is where the action is. */
  | (CardEvent & {
      type: 'card_transferred';
      direction: 'in' | 'out';
      otherBoard?: string;
      list?: string;
    })
  | (CardEvent & { type: 'card_voted'; voted: boolean })
  | (CardEvent & { type: 'card_emailed'; list?: string })
  | (CardEvent & { type: 'card_converted'; from?: string })
  /** A deleted card has no name or link left, only its number on the board. */
  | (TrelloActionBase & { type: 'card_deleted'; name?: string; number?: number; list?: string })
  | (TrelloActionBase & { type: 'list_changed'; list: string; change: TrelloListChange })
  | (TrelloActionBase & { type: 'board_changed'; change: TrelloBoardChange })
  | (TrelloActionBase & {
      type: 'board_member';
      member?: string;
      /** The member acted on themselves (joined or left the board). */
      self: boolean;
      change: TrelloBoardMemberChange;
    })
  | (TrelloActionBase & { type: 'board_label'; label: TrelloLabel; change: TrelloLabelChange })
  | (TrelloActionBase & {
      type: 'other';
      actionType: string;
      card?: TrelloCardRef;
      /** For an `updateCard` we do not model: the attribute names that changed. */
      changed?: string[];
    });

export type TrelloEventType = TrelloEvent['type'];

/** The event of one `type`, for builders that handle just that one. */
export type TrelloEventOf<T extends TrelloEventType> = Extract<TrelloEvent, { type: T }>;

/** What every Trello event shares: who, where, when. */
export type TrelloEventBase = Pick<TrelloEvent, 'source' | 'board' | 'who' | 'at'>;

/** What a normaliser makes of one action: an event, or a reason to post nothing. */
export type Normalised = { event: TrelloEvent } | { ignored: string };

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
  /** ISO 8601 timestamps; a missing side means no due date. */
  | { field: 'due'; from?: string; to?: string }
  | { field: 'dueComplete'; complete: boolean };

export type TrelloCardField = TrelloCardChange['field'];

export type TrelloEvent =
  | (TrelloActionBase & { type: 'card_created'; card: TrelloCardRef; list?: string })
  | (TrelloActionBase & {
      type: 'card_moved';
      card: TrelloCardRef;
      fromList?: string;
      toList?: string;
    })
  | (TrelloActionBase & {
      type: 'card_updated';
      card: TrelloCardRef;
      list?: string;
      change: TrelloCardChange;
    })
  | (TrelloActionBase & {
      type: 'comment_added';
      card: TrelloCardRef;
      list?: string;
      text: string;
    })
  | (TrelloActionBase & {
      type: 'member_added';
      card: TrelloCardRef;
      member?: string;
      /** The member added themselves ("joined the card"). */
      joined: boolean;
    })
  | (TrelloActionBase & {
      type: 'other';
      actionType: string;
      card?: TrelloCardRef;
      /** For an `updateCard` we do not model: the attribute names that changed. */
      changed?: string[];
    });

export type TrelloEventType = TrelloEvent['type'];

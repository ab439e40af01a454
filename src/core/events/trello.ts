/**
 * Normalised Trello actions: only what a card needs, already capped in size.
 * Extended by the Trello connector; every member has `source: 'trello'` and a distinct `type`.
 */
export type TrelloEvent = {
  source: 'trello';
  type: 'other';
  actionType: string;
  board?: { name: string; url?: string };
  who?: string;
};

import { z } from 'zod';
import { loose } from '../kit/schema.js';

/**
 * Only the fields the connector reads. `action.id` and `action.type` are what make a body a
 * Trello action; everything else is forgiving, because Trello disables a webhook that keeps
 * failing, so a side field changing shape should cost a card some detail, not the delivery.
 */

const memberSchema = z.object({
  id: loose(z.string()),
  fullName: loose(z.string()),
  username: loose(z.string()),
});

const namedSchema = z.object({ name: z.string() });

/**
 * Any JSON object, kept as sent. A record schema would visit every key, and the body decides
 * how many there are; callers look up the keys they know instead.
 */
const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

/** A display-feed entity: only its rendered text is read. */
const entitySchema = z.object({ text: loose(z.string()) });

const boardSchema = z.object({
  id: loose(z.string()),
  name: z.string(),
  shortLink: loose(z.string()),
});

const cardSchema = z.object({
  name: z.string(),
  shortLink: loose(z.string()),
  desc: loose(z.string()),
  closed: loose(z.boolean()),
  due: loose(z.string().nullable()),
  dueComplete: loose(z.boolean()),
});

const dataSchema = z.object({
  board: loose(boardSchema),
  card: loose(cardSchema),
  list: loose(namedSchema),
  listBefore: loose(namedSchema),
  listAfter: loose(namedSchema),
  /** updateCard: the previous value of every attribute that changed, keyed by attribute. */
  old: loose(jsonObject),
  /** commentCard: the comment, as Markdown. */
  text: loose(z.string()),
});

/** Newer payloads: the activity-feed rendering, e.g. `action_move_card_from_list_to_list`. */
const displaySchema = z.object({
  translationKey: loose(z.string()),
  /**
   * The entities the connector reads, by name. An object schema drops unknown keys without
   * visiting them, so a body stuffed with entities costs no more to check than one without.
   */
  entities: loose(
    z.object({
      memberCreator: loose(entitySchema),
      member: loose(entitySchema),
      listBefore: loose(entitySchema),
      listAfter: loose(entitySchema),
    }),
  ),
});

export const trelloPayloadSchema = z.object({
  /** The board, list or card the webhook watches. */
  model: loose(z.object({ id: loose(z.string()), url: loose(z.string()) })),
  action: z.object({
    id: z.string().min(1),
    type: z.string().min(1),
    date: loose(z.string()),
    memberCreator: loose(memberSchema),
    /** addMemberToCard / removeMemberFromCard: the member added or removed. */
    member: loose(memberSchema),
    data: loose(dataSchema),
    display: loose(displaySchema),
  }),
});

export type TrelloPayload = z.infer<typeof trelloPayloadSchema>;
export type TrelloAction = TrelloPayload['action'];
export type TrelloActionData = NonNullable<TrelloAction['data']>;
export type TrelloCardData = NonNullable<TrelloActionData['card']>;
export type TrelloEntityName = keyof NonNullable<NonNullable<TrelloAction['display']>['entities']>;

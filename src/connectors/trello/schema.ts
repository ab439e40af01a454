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

/** Checklists, check items, attachments, other boards: a name that may be missing. */
const maybeNamedSchema = z.object({ name: loose(z.string()) });

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
  closed: loose(z.boolean()),
});

/** A card number on its board; zod 4's `int` takes only safe integers, so it stays short. */
const idShort = loose(z.number().int().nonnegative());

const cardSchema = z.object({
  /** Optional because `deleteCard` sends only the card's id and number. */
  name: loose(z.string()),
  shortLink: loose(z.string()),
  idShort,
  desc: loose(z.string()),
  closed: loose(z.boolean()),
  start: loose(z.string().nullable()),
  due: loose(z.string().nullable()),
  dueComplete: loose(z.boolean()),
});

const listSchema = z.object({ name: z.string(), closed: loose(z.boolean()) });

/** Trello sends `null` for a label without a colour and "" for one without a name. */
const labelSchema = z.object({
  name: loose(z.string().nullable()),
  color: loose(z.string().nullable()),
});

const dataSchema = z.object({
  board: loose(boardSchema),
  card: loose(cardSchema),
  list: loose(listSchema),
  listBefore: loose(namedSchema),
  listAfter: loose(namedSchema),
  /**
   * updateCard, updateList, updateBoard, updateLabel, updateCheckItem, updateComment: the
   * previous value of every attribute that changed, keyed by attribute.
   */
  old: loose(jsonObject),
  /** commentCard: the comment, as Markdown. */
  text: loose(z.string()),
  /** updateComment: the comment action edited, with its new text. */
  action: loose(z.object({ text: loose(z.string()) })),
  label: loose(labelSchema),
  checklist: loose(maybeNamedSchema),
  checkItem: loose(z.object({ name: loose(z.string()), state: loose(z.string()) })),
  attachment: loose(z.object({ name: loose(z.string()), url: loose(z.string()) })),
  /** copyCard, convertToCardFromCheckItem: the card it came from. */
  cardSource: loose(maybeNamedSchema),
  /** moveCardToBoard, moveListToBoard, copyBoard: the board it came from (often id only). */
  boardSource: loose(maybeNamedSchema),
  /** moveCardFromBoard, moveListFromBoard: the board it went to (often id only). */
  boardTarget: loose(maybeNamedSchema),
  /** addToOrganizationBoard / removeFromOrganizationBoard: the workspace. */
  organization: loose(z.object({ name: loose(z.string()), displayName: loose(z.string()) })),
  /** addMemberToBoard: the role the member was given (`normal`, `admin`, `observer`). */
  memberType: loose(z.string()),
  /** voteOnCard: true for a vote, false for one taken back. */
  voted: loose(z.boolean()),
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
    /** addMemberToCard, addMemberToBoard, makeAdminOfBoard…: the member acted on. */
    member: loose(memberSchema),
    data: loose(dataSchema),
    display: loose(displaySchema),
  }),
});

export type TrelloPayload = z.infer<typeof trelloPayloadSchema>;
export type TrelloAction = TrelloPayload['action'];
export type TrelloActionData = NonNullable<TrelloAction['data']>;
export type TrelloCardData = NonNullable<TrelloActionData['card']>;
export type TrelloLabelData = NonNullable<TrelloActionData['label']>;
export type TrelloEntityName = keyof NonNullable<NonNullable<TrelloAction['display']>['entities']>;

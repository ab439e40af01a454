import type { TrelloBoardRef, TrelloCardRef, TrelloLabel } from './events.js';
import { excerpt } from '../../core/text.js';
import { URL_MAX } from '../kit/schema.js';
import type { TrelloAction, TrelloEntityName, TrelloLabelData, TrelloPayload } from './schema.js';

/** Caps applied at normalisation so queued events stay small. */
export const NAME_MAX = 200;
export const TEXT_MAX = 500;

const TRELLO = 'https://trello.com';
/** Longer than any board URL Trello makes (its slug is cut short), short enough to queue. */
const BOARD_URL_MAX = 2048;

/**
 * The body is unsigned when a connector has no secret, so links are only ever built on
 * trello.com, and only from short links that are plain tokens (Trello's are 8 characters).
 */
function isShortLink(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9]{1,24}$/.test(value);
}

/**
 * `model.url` as a link when it is a board page on trello.com. It is read as a URL, not just
 * by prefix, and the parsed form is returned, so dot segments or backslashes cannot steer
 * the link to another page or host.
 */
function boardPageUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.length > BOARD_URL_MAX) return undefined;
  if (!value.startsWith(`${TRELLO}/b/`)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  const onTrello =
    url.protocol === 'https:' &&
    url.host === 'trello.com' &&
    url.username === '' &&
    url.password === '';
  return onTrello && url.pathname.startsWith('/b/') ? url.href : undefined;
}

/**
 * An attachment's URL as a link, when it is plain https. Attachments can point anywhere
 * (Trello's own storage or any link a member pasted), so the host is not checked, but the
 * URL is read and returned in its parsed form, and never with credentials in it. Cards only
 * ever show it as a link: an image would be fetched by every client that shows the card.
 */
export function httpsUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.length > URL_MAX) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return undefined;
  // Parsing percent-encodes what it must, which can lengthen the URL past the cap.
  return url.href.length <= URL_MAX ? url.href : undefined;
}

/** The first of `values` that is not blank, capped: Trello sends "" where a value is unset. */
export function name(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const capped = excerpt(value, NAME_MAX);
    if (capped !== undefined) return capped;
  }
  return undefined;
}

export function cardRef(action: TrelloAction): TrelloCardRef | undefined {
  const card = action.data?.card;
  if (!card) return undefined;
  const url = isShortLink(card.shortLink) ? `${TRELLO}/c/${card.shortLink}` : undefined;
  return { name: name(card.name) ?? 'Untitled card', ...(url ? { url } : {}) };
}

/** The board's own URL (with its readable slug) when the webhook watches that board. */
export function boardRef(payload: TrelloPayload): TrelloBoardRef | undefined {
  const board = payload.action.data?.board;
  if (!board) return undefined;
  const model = payload.model;
  const modelUrl = boardPageUrl(model?.url);
  const modelIsBoard = board.id === undefined || model?.id === board.id;
  const url =
    modelUrl && modelIsBoard
      ? modelUrl
      : isShortLink(board.shortLink)
        ? `${TRELLO}/b/${board.shortLink}`
        : undefined;
  return { name: name(board.name) ?? 'Untitled board', ...(url ? { url } : {}) };
}

/** A label's name and colour; Trello sends "" for no name and null for no colour. */
export function labelOf(label: TrelloLabelData | undefined): TrelloLabel {
  const labelName = name(label?.name ?? undefined);
  const color = name(label?.color ?? undefined);
  return { ...(labelName ? { name: labelName } : {}), ...(color ? { color } : {}) };
}

/** Display-feed entity text, which newer payloads carry even when the member object is thin. */
export function entityText(action: TrelloAction, key: TrelloEntityName): string | undefined {
  return action.display?.entities?.[key]?.text;
}

export function whoDid(action: TrelloAction): string | undefined {
  const creator = action.memberCreator;
  return name(creator?.fullName, entityText(action, 'memberCreator'), creator?.username);
}

/**
 * The member added to or removed from a card or board, and whether they did it themselves
 * (joined or left). Newer payloads may carry the name only in the display entities.
 */
export function memberOf(action: TrelloAction): { member?: string; self: boolean } {
  const member = name(
    action.member?.fullName,
    entityText(action, 'member'),
    action.member?.username,
  );
  const memberId = action.member?.id;
  return { member, self: memberId !== undefined && memberId === action.memberCreator?.id };
}

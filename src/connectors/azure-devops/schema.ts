import { z } from 'zod';
import {
  cappedString,
  httpUrl,
  integer,
  listHead,
  loose,
  looseText,
  looseWord,
} from '../kit/schema.js';
import { visibleText } from '../../core/text.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces for service hook payloads. Only `eventType` is required: everything else may be
 * missing (a subscription can send no resource, no message, or minimal ones), so a field of
 * another shape costs the card a detail, never the event.
 */

/**
 * Any JSON object, kept as sent. A record schema would visit every key, and the body decides
 * how many there are; callers read the keys they know with their own schemas.
 */
export const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

/** Text that only adds a detail: null, blank or of another type leaves it out. */
export const text = looseText;

export const name = text(LIMITS.name);

/** A closed-vocabulary word (status, result, reason); anything odd is absent. */
export const word = looseWord(LIMITS.token, { keepCase: true });

export const optionalInteger = loose(integer());

export const optionalUrl = loose(httpUrl);

/** An identity (`createdBy`, `pushedBy`, `requestedFor`): its display name. */
export const identity = loose(
  z.object({ displayName: name }).transform((person) => person.displayName),
);

/** `_links.web.href` and `_links.html.href`: the pages a person would open. */
export const webLinks = loose(
  z.object({
    web: loose(z.object({ href: optionalUrl })),
    html: loose(z.object({ href: optionalUrl })),
  }),
);

/** The web page among an object's `_links`, if it has one. */
export function webPage(links: z.output<typeof webLinks>): string | undefined {
  return links?.web?.href ?? links?.html?.href;
}

export { listHead };

/** The kept elements of `listHead` alone. */
export function tolerantHead<T extends z.ZodType>(item: T, max: number) {
  return listHead(item, max).transform((list) => list.items);
}

const messageTexts = z.object({
  text: text(LIMITS.message),
  markdown: text(LIMITS.message),
});

/** The envelope every service hook event shares. */
export const envelopeSchema = z.object({
  /**
   * `git.push`, `ms.vss-release.deployment-completed-event`. Taken as sent, cut to 128
   * characters (filters match it exactly); an id with no card of its own gets the message card.
   */
  eventType: z
    .string()
    .transform((s) =>
      visibleText(s.slice(0, 4 * LIMITS.token))
        .trim()
        .slice(0, LIMITS.token),
    )
    .pipe(z.string().min(1)),
  /** The event's id, the same in every notification of it. */
  id: loose(cappedString(64)),
  /** The subscription and its per-subscription counter: together, one notification. */
  subscriptionId: loose(cappedString(64)),
  notificationId: optionalInteger,
  publisherId: word,
  message: loose(messageTexts),
  detailedMessage: loose(messageTexts),
  resource: loose(jsonObject),
  createdDate: loose(cappedString(40)),
});

export type AdoEnvelope = z.output<typeof envelopeSchema>;

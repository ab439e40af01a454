import { z } from 'zod';
import {
  cappedString,
  count,
  httpUrl,
  integer,
  loose,
  looseText,
  looseWord,
} from '../kit/schema.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces for Sentry's payloads; the generic ones are in the kit. Sentry's payloads are
 * large and change shape between versions, so only what a card needs is required: any other
 * field of an unexpected shape costs the card that detail, not the delivery.
 */

/** Text that only adds a detail: null, blank or of another type leaves it out. */
export const text = looseText;

/** A closed-vocabulary word (level, status, type), lower-cased; anything longer is dropped. */
export const word = looseWord(LIMITS.token);

/** Ids are strings in some payloads and numbers in others. */
export const id = loose(
  z.union([cappedString(LIMITS.token), integer()]).transform((v) => String(v).trim() || undefined),
);

export const link = loose(httpUrl);

/** A person or app as `actor` names them; Sentry itself acting is type `application`. */
export const actor = loose(
  z
    .object({ type: word, name: text(LIMITS.name) })
    .transform((a) => (a.type === 'application' ? undefined : a.name)),
);

/** Who an issue is assigned to: a user or a team. */
export const assignee = loose(
  z
    .object({ type: word, name: text(LIMITS.name), email: text(LIMITS.name) })
    .nullable()
    .transform((a) => {
      const who = a?.name ?? a?.email;
      if (who === undefined) return undefined;
      return a?.type === 'team' ? `${who} (team)` : who;
    }),
);

export const issueSchema = z.object({
  id,
  shortId: text(LIMITS.token),
  title: text(LIMITS.title),
  metadata: loose(z.object({ title: text(LIMITS.title) })),
  culprit: text(LIMITS.culprit),
  level: word,
  status: word,
  substatus: word,
  platform: text(LIMITS.token),
  project: loose(z.object({ slug: text(LIMITS.name), name: text(LIMITS.name) })),
  // A string of digits ("1"); anything else is left out.
  count: loose(z.union([cappedString(20).regex(/^\d+$/), integer()]).transform((n) => String(n))),
  userCount: loose(count),
  firstSeen: text(40),
  assignedTo: assignee,
  web_url: link,
  permalink: link,
  /** The API URL, from which the web URL can be derived on payloads without one. */
  url: link,
});

export type SentryIssuePayload = z.output<typeof issueSchema>;

/**
 * One event as issue alerts (`data.event`), error webhooks (`data.error`) and the legacy
 * plugin (`event`) carry it. Lists (`tags`, `exception.values`, frames) are read by position
 * in occurrence.ts, never walked whole.
 */
export const occurrenceSchema = z.object({
  event_id: text(LIMITS.token),
  title: text(LIMITS.title),
  message: text(LIMITS.body),
  logentry: loose(z.object({ formatted: text(LIMITS.body) })),
  metadata: loose(z.object({ title: text(LIMITS.title) })),
  culprit: text(LIMITS.culprit),
  level: word,
  datetime: text(40),
  /** Unix seconds, on payloads without `datetime` (the legacy plugin's). */
  timestamp: loose(z.number()),
  environment: text(LIMITS.name),
  release: text(LIMITS.name),
  tags: loose(z.unknown()),
  exception: loose(z.object({ values: loose(z.unknown()) })),
  url: link,
  web_url: link,
  issue_url: link,
});

export type SentryOccurrencePayload = z.output<typeof occurrenceSchema>;

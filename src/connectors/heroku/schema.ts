import { z } from 'zod';
import { count, httpUrl, integer, loose, looseText, looseWord } from '../kit/schema.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces for Heroku's payloads: every event is the platform API's resource in `data`,
 * wrapped in the same envelope. Only the envelope's action and `data` are required; a field of
 * an unexpected shape costs the card a detail, not the delivery, because `sync` webhooks are
 * retried for days.
 */

export const text = looseText;

export const word = looseWord(LIMITS.token);

export const link = loose(httpUrl);

export const version = loose(integer());

export const quantity = loose(count);

/** `{ "name": … }` objects: apps, stacks, regions, add-ons. */
export const named = loose(z.object({ name: text(LIMITS.name) }).nullable());

export const emailOf = loose(z.object({ email: text(LIMITS.name) }).nullable());

/** Any JSON object, kept as sent: a record schema would visit every key the body has. */
export const jsonObject = z.custom<Readonly<Record<string, unknown>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
);

export const envelope = z.object({
  id: loose(z.string()),
  action: z.string(),
  resource: loose(z.string()),
  actor: emailOf,
  created_at: text(40),
  data: jsonObject,
  previous_data: loose(jsonObject.nullable()),
  webhook_metadata: loose(
    z.object({
      event: loose(z.object({ id: loose(z.string()), include: loose(z.string()) })),
    }),
  ),
});

export type HerokuEnvelope = z.output<typeof envelope>;

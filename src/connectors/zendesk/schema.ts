import { z } from 'zod';
import { excerpt } from '../../core/text.js';
import { cappedString, httpUrl, integer, loose, looseText, looseWord } from '../kit/schema.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces for Zendesk's payloads. Event webhooks share an envelope (`type`, `id`, `time`,
 * `subject`, `detail`, `event`); `detail` is the resource and `event` what changed. Only the
 * envelope's type is required: a field of another shape costs the card that detail.
 */

export const text = looseText;

/** A word Zendesk writes in either case (`OPEN`, `Open`): lower-cased. */
export const word = looseWord(LIMITS.token);

export const link = loose(httpUrl);

/** Zendesk ids are numbers in some payloads and strings of digits in others. */
export const numericId = loose(
  z
    .union([cappedString(24), integer()])
    .transform((v) => String(v).trim())
    .pipe(z.string().regex(/^\d{1,20}$/)),
);

/** A value of a `*_changed` event: a scalar, shown as written; anything else left out. */
export const changeValue = loose(
  z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => {
    if (v === null || v === '') return 'none';
    return typeof v === 'string' ? (excerpt(v, LIMITS.name) ?? 'none') : String(v);
  }),
);

export const envelope = z.object({
  type: z.string(),
  id: loose(z.string()),
  time: text(40),
  subject: text(LIMITS.name),
  detail: loose(z.unknown()),
  event: loose(z.unknown()),
});

export type ZendeskEnvelope = z.output<typeof envelope>;

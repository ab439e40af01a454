/**
 * The unit the queue holds for each accepted event, between ingest and the post to Teams.
 * Events can wait for days (a parked channel) and across deploys, so the shape is versioned
 * and checked again whenever it is read back; a record that fails is dead-lettered, never
 * rendered half-understood.
 */
import { z } from 'zod';
import { cardModelSchema } from './card-model.js';

/** One line of a digest card: enough to name the event and link to it. */
export const digestEntrySchema = z.object({
  /** The sending service as a person names it: "GitHub". */
  source: z.string(),
  /** The sender's event name as received: "pull_request", "updateCard". */
  event: z.string(),
  title: z.string(),
  url: z.string().optional(),
});
export type DigestEntry = z.infer<typeof digestEntrySchema>;

const jsonObjectSchema = z.record(z.string(), z.unknown());

/**
 * A card the sender (or a template) already finished: sent as it is where the destination
 * takes that format, otherwise the message's card model is rendered instead.
 */
export const rawCardSchema = z.discriminatedUnion('format', [
  z.object({ format: z.literal('adaptive'), content: jsonObjectSchema }),
  z.object({ format: z.literal('messagecard'), content: jsonObjectSchema }),
]);
export type RawCard = z.infer<typeof rawCardSchema>;

export const MESSAGE_VERSION = 1;

export const queuedMessageSchema = z.object({
  v: z.literal(MESSAGE_VERSION),
  /** Always present: the fallback for every destination, and what previews show. */
  card: cardModelSchema,
  digest: digestEntrySchema,
  raw: rawCardSchema.optional(),
  /** Sent by `POST /connectors/{id}/test`: the card says so. */
  test: z.boolean().optional(),
});
export type QueuedMessage = z.infer<typeof queuedMessageSchema>;

/** What a sender produces for one event; ingest adds the version and the test mark. */
export type MessageContent = Pick<QueuedMessage, 'card' | 'digest' | 'raw'>;

export type ReadMessageResult =
  { ok: true; message: QueuedMessage } | { ok: false; reason: string };

/** Checks a message read back from Redis; the reason names the first fields that are wrong. */
export function readMessage(value: unknown): ReadMessageResult {
  if (typeof value === 'object' && value !== null && 'v' in value && value.v !== MESSAGE_VERSION) {
    return {
      ok: false,
      reason: `queued message has version ${JSON.stringify(value.v)}; this release reads version ${MESSAGE_VERSION}`,
    };
  }
  const parsed = queuedMessageSchema.safeParse(value);
  if (parsed.success) return { ok: true, message: parsed.data };
  const fields = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(message)'}: ${i.message}`);
  return { ok: false, reason: `queued message does not match its schema (${fields.join('; ')})` };
}

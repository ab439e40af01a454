import { z } from 'zod';

/**
 * The relay's answers the replay reads, checked as any outside shape is: fields it does not
 * use are dropped, a missing one is an error that names it.
 */
export const Created = {
  user: z.object({ id: z.string(), token: z.string() }),
  team: z.object({ id: z.string() }),
  channel: z.object({ id: z.string(), kind: z.string() }),
  connector: z.object({ id: z.string(), ingestUrl: z.string(), secret: z.string().optional() }),
};

const ErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** What the ingest URL answers (API.md: 202 queued, 200 handshake / ignored / duplicate, errors). */
export const IngestBody = z.union([
  z.object({ status: z.literal('queued'), deliveryId: z.string() }),
  z.object({ status: z.literal('duplicate'), deliveryId: z.string() }),
  z.object({ status: z.literal('ignored'), reason: z.string() }),
  z.object({ status: z.literal('ok'), message: z.string() }),
  ErrorBody,
]);
export type IngestBody = z.infer<typeof IngestBody>;

export const Deliveries = z.object({
  deliveries: z.array(
    z.object({ id: z.string(), state: z.string(), lastError: z.string().optional() }),
  ),
});

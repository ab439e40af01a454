/** What a replay answers. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';

export const replaySchema = responseSchema(
  'Replay',
  z.object({
    deliveryId: z.string(),
    status: z.enum(['queued', 'waiting']).meta({
      description: '`queued`: it goes out again; `waiting`: it has not finished, nothing to do.',
    }),
    state: z.string().meta({ description: 'The delivery state after the call.' }),
    warning: z.string().optional(),
  }),
);

export const bulkReplaySchema = responseSchema(
  'BulkReplay',
  z.object({
    since: z.string().meta({ format: 'date-time' }),
    replayed: z
      .array(z.string())
      .meta({ description: 'Dead deliveries queued again, oldest first.' }),
    waiting: z.number().int().nonnegative().meta({
      description: 'Deliveries since then that are still queued, retrying or parked.',
    }),
  }),
);

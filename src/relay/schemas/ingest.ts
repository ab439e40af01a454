/** What the ingest URL (and a connector's test) answers. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';

export const ingestQueuedSchema = responseSchema(
  'IngestQueued',
  z.object({
    status: z.literal('queued'),
    deliveryId: z.uuid(),
    test: z.literal(true).optional().meta({ description: 'Sent by `POST /connectors/{id}/test`.' }),
    warning: z
      .string()
      .optional()
      .meta({
        description:
          'What the sender’s owner should act on: the channel needs a new webhook URL (the event ' +
          'is held until then), or this ingest URL was replaced and works until a date.',
      }),
  }),
);

const replacedWarning = z.string().optional().meta({
  description: 'This ingest URL was replaced: until when it works, and what to do.',
});

export const ingestNotQueuedSchema = responseSchema(
  'IngestNotQueued',
  z.discriminatedUnion('status', [
    z
      .object({ status: z.literal('duplicate'), deliveryId: z.uuid(), warning: replacedWarning })
      .meta({ description: "The sender's delivery id was seen in the last 24 hours." }),
    z
      .object({
        status: z.literal('ok'),
        event: z.string(),
        message: z.string(),
        warning: replacedWarning,
      })
      .meta({ description: "A sender's liveness check (GitHub `ping`)." }),
    z
      .object({
        status: z.literal('ignored'),
        event: z.string(),
        reason: z.string(),
        warning: replacedWarning,
      })
      .meta({ description: "No news for people, or outside the connector's event filter." }),
  ]),
  'Answered, nothing queued.',
);

export const ingestProbeSchema = responseSchema(
  'IngestProbe',
  z.object({
    status: z.literal('ok'),
    type: z.string(),
    message: z.string(),
    warning: replacedWarning,
  }),
  'Lets a person check an ingest URL in a browser.',
);

export const healthSchema = responseSchema('Health', z.object({ status: z.literal('ok') }));
export const readySchema = responseSchema('Ready', z.object({ status: z.literal('ready') }));

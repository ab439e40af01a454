/** What the ingest URL (and a connector's test) answers. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';

export const ingestQueuedSchema = responseSchema(
  'IngestQueued',
  z.object({
    status: z.literal('queued'),
    deliveryId: z.uuid(),
    test: z.literal(true).optional().meta({ description: 'Sent by `POST /connectors/{id}/test`.' }),
    warning: z.string().optional().meta({
      description: 'The channel needs a new webhook URL; the event is held until then.',
    }),
  }),
);

export const ingestNotQueuedSchema = responseSchema(
  'IngestNotQueued',
  z.discriminatedUnion('status', [
    z
      .object({ status: z.literal('duplicate'), deliveryId: z.uuid() })
      .meta({ description: "The sender's delivery id was seen in the last 24 hours." }),
    z
      .object({ status: z.literal('ok'), event: z.string(), message: z.string() })
      .meta({ description: "A sender's liveness check (GitHub `ping`)." }),
    z
      .object({ status: z.literal('ignored'), event: z.string(), reason: z.string() })
      .meta({ description: "No news for people, or outside the connector's event filter." }),
  ]),
  'Answered, nothing queued.',
);

export const ingestProbeSchema = responseSchema(
  'IngestProbe',
  z.object({ status: z.literal('ok'), type: z.string(), message: z.string() }),
  'Lets a person check an ingest URL in a browser.',
);

export const healthSchema = responseSchema('Health', z.object({ status: z.literal('ok') }));
export const readySchema = responseSchema('Ready', z.object({ status: z.literal('ready') }));

/** Channels, connectors and deliveries as the API shows them. */
import { z } from 'zod';
import { requestSchema, responseSchema } from '../http/schema-registry.js';
import { dateTime, idOut } from './common.js';

export const KINDS = ['workflows', 'o365', 'other'] as const;
export const O365_FORMATS = ['messagecard', 'adaptive'] as const;
export const CHANNEL_STATUSES = ['ok', 'attention_required'] as const;
export const DELIVERY_STATES = ['queued', 'retrying', 'delivered', 'dead', 'parked'] as const;

const rateWindowShape = z
  .object({
    perSeconds: z
      .number()
      .int()
      .positive()
      .max(7 * 24 * 3600),
    max: z.number().int().positive().max(1_000_000),
  })
  .meta({ description: 'At most `max` posts in any `perSeconds` (a sliding window).' });

export const rateWindowIn = requestSchema('RateWindow', rateWindowShape.strict());
export const rateWindowOut = responseSchema('RateWindowOut', rateWindowShape);

export const channelSchema = responseSchema(
  'Channel',
  z.object({
    id: idOut,
    teamId: idOut,
    name: z.string(),
    kind: z.enum(KINDS).meta({ description: "Decided from the URL's path shape." }),
    destination: z.string().meta({
      description: 'A masked hint of the webhook URL (host and last characters), never the URL.',
    }),
    o365Format: z.enum(O365_FORMATS),
    status: z.enum(CHANNEL_STATUSES),
    statusReason: z.string().optional().meta({ description: 'Why the channel needs attention.' }),
    statusCode: z
      .enum(['legacy_url', 'destination_gone'])
      .optional()
      .meta({
        description:
          '`legacy_url`: a URL of a retired generation, still tried; `destination_gone`: it ' +
          'answered gone, events are held until Update URL.',
      }),
    rateLimit: z
      .array(rateWindowOut)
      .optional()
      .meta({ description: "Set for this channel; absent: the kind's default budget." }),
    budget: z.array(rateWindowOut).meta({
      description: 'The budget in force (`rateLimit`, or the kind default); `[]`: none.',
    }),
    digest: z.boolean().meta({
      description: 'Whether a backlog the budget cannot pass soon is merged into digest cards.',
    }),
    createdAt: dateTime,
    warning: z
      .string()
      .optional()
      .meta({ description: 'Something the caller should check (a rotation to the same URL).' }),
  }),
);

const count = z.number().int().nonnegative();

export const channelDetailSchema = responseSchema(
  'ChannelDetail',
  channelSchema.extend({
    queue: z.object({ queued: count, inflight: count, dead: count }),
    budgetUse: z
      .array(
        rateWindowShape.extend({
          used: count.meta({ description: 'Posts in the last `perSeconds`.' }),
        }),
      )
      .meta({ description: 'Each budget window, with how much of it is used now.' }),
    held: z
      .object({
        since: dateTime,
        until: dateTime.meta({
          description: 'When the held events are dead-lettered if connectors are still off.',
        }),
      })
      .optional()
      .meta({
        description:
          'Present while connectors are switched off for this channel and its events wait.',
      }),
  }),
);

export const channelListSchema = responseSchema(
  'ChannelList',
  z.object({ channels: z.array(channelSchema) }),
  'Oldest first.',
);

export const connectorSchema = responseSchema(
  'Connector',
  z.object({
    id: idOut,
    type: z.string().meta({ description: 'A catalog entry id.' }),
    channelId: idOut,
    name: z.string(),
    events: z
      .array(z.string())
      .nullable()
      .meta({ description: "Event names passed on; null: the type's default filter." }),
    hasSecret: z.boolean(),
    ingestUrl: z.url().optional().meta({
      description: 'A bearer credential: shown only to those who may manage the connector.',
    }),
    secret: z
      .string()
      .optional()
      .meta({ description: 'The signing secret; only in the creation answer.' }),
    rotatedAt: dateTime
      .optional()
      .meta({ description: 'When the ingest URL was last rotated; absent if it never was.' }),
    previousValidUntil: dateTime.optional().meta({
      description:
        'Until when the ingest URL replaced by the last rotation keeps working (deprecated: ' +
        'its answers carry `Deprecation` and `Sunset`); after it, that URL answers 410.',
    }),
    createdBy: idOut,
    createdAt: dateTime,
  }),
);

export const ingestUrlRotationSchema = responseSchema(
  'IngestUrlRotation',
  connectorSchema.extend({
    ingestUrl: z.url().meta({
      description: 'The new ingest URL, a credential: paste it into the service.',
    }),
    rotatedAt: dateTime.meta({ description: 'When this rotation happened.' }),
    previousValidUntil: dateTime.meta({
      description:
        'Until when the old URL keeps working (INGEST_URL_GRACE_SECONDS after the rotation); ' +
        'after it, the old URL answers 410.',
    }),
  }),
  'The connector with its new ingest URL.',
);

export const connectorListSchema = responseSchema(
  'ConnectorList',
  z.object({ connectors: z.array(connectorSchema) }),
  'Oldest first; `ingestUrl` only for callers who may manage connectors.',
);

const attemptSchema = responseSchema(
  'Attempt',
  z.object({
    at: dateTime,
    outcome: z.string(),
    status: z
      .number()
      .int()
      .optional()
      .meta({ description: 'HTTP status of the destination, when it answered.' }),
    reason: z.string().optional(),
    digest: z
      .string()
      .optional()
      .meta({ description: 'The digest card that carried the event, when one did.' }),
  }),
);

export const deliverySchema = responseSchema(
  'Delivery',
  z.object({
    id: idOut,
    channelId: idOut,
    connectorId: idOut,
    connectorType: z.string(),
    eventName: z.string(),
    senderDeliveryId: z
      .string()
      .optional()
      .meta({ description: "The sender's own id, when it has one." }),
    receivedAt: dateTime,
    test: z.boolean().optional().meta({ description: 'Sent by `POST /connectors/{id}/test`.' }),
    state: z.enum(DELIVERY_STATES),
    attempts: count,
    lastError: z.string().optional(),
    updatedAt: dateTime,
    deliveredAt: dateTime.optional(),
    log: z.array(attemptSchema),
    digestId: z
      .string()
      .optional()
      .meta({ description: 'The digest that took the event: it went out in that card.' }),
  }),
);

export const deliveryListSchema = responseSchema(
  'DeliveryList',
  z.object({ deliveries: z.array(deliverySchema) }),
  'Newest first.',
);

export const lastCardSchema = responseSchema(
  'LastCard',
  z.object({
    deliveryId: idOut,
    connectorType: z.string(),
    eventName: z.string(),
    deliveredAt: dateTime.optional(),
    digestId: z
      .string()
      .optional()
      .meta({ description: 'The digest card that carried it, when it went out in one.' }),
    format: z.enum(['adaptive', 'messagecard']),
    card: z.record(z.string(), z.unknown()).meta({
      description:
        'The card as the channel was sent it: an Adaptive Card (without its message envelope) or a MessageCard.',
    }),
  }),
);

/** Connector types as the catalog shows them, and the cards their samples make. */
import { z } from 'zod';
import { responseSchema } from '../http/schema-registry.js';
import { dateTime } from './common.js';

export const LIFECYCLES = ['available', 'retired', 'scheduled'] as const;

export const catalogEntrySchema = responseSchema(
  'CatalogEntry',
  z.object({
    id: z.string().meta({ examples: ['github'] }),
    name: z.string(),
    kind: z.enum(['builtin', 'custom']).meta({
      description: '`builtin`: shipped with the relay; `custom`: uploaded by an org admin.',
    }),
    description: z.string().optional(),
    revision: z
      .number()
      .int()
      .optional()
      .meta({ description: 'Custom types: 1 on upload, +1 on every replacement.' }),
    updatedAt: dateTime.optional(),
    lifecycle: z.enum(LIFECYCLES),
    availableFrom: dateTime.optional(),
    events: z.array(z.string()),
    defaultEvents: z.array(z.string()).meta({
      description: 'The filter a connector gets when created without `events`; `*` is every event.',
    }),
    openEvents: z.boolean().meta({
      description: 'The sender names its own events (generic JSON): a filter may list any name.',
    }),
    signature: z.enum(['required', 'optional', 'none']).meta({
      description:
        '`required`: a secret is generated when none is given and every request is checked; ' +
        '`none`: the sender cannot send one, the ingest URL is the only credential.',
    }),
    auth: z.object({
      scheme: z.enum(['hmac', 'timestamped-hmac', 'shared-secret', 'url-only']),
      summary: z.string(),
    }),
    setupHint: z.string().meta({ description: "What to paste where in the sender's settings." }),
    samples: z.array(z.string()).meta({
      description: 'Events with a sample, for `/preview` and `/connectors/{id}/test`.',
    }),
  }),
);

export const catalogSchema = responseSchema('Catalog', z.array(catalogEntrySchema));

export const catalogLifecycleSchema = responseSchema(
  'CatalogLifecycle',
  z.object({ id: z.string(), lifecycle: z.enum(LIFECYCLES), availableFrom: dateTime.optional() }),
);

export const cardPreviewSchema = responseSchema(
  'CardPreview',
  z.object({
    type: z.string().meta({ examples: ['github'] }),
    event: z.string().meta({ examples: ['pull_request'] }),
    samples: z.array(z.string()),
    summary: z.string().meta({ description: 'The notification preview line.' }),
    problem: z.string().optional().meta({
      description:
        'Custom types: why the template could not make this card; the card shown is the plain one every channel would get instead.',
    }),
    card: z
      .record(z.string(), z.unknown())
      .meta({ description: 'An Adaptive Card 1.4, as posted inside the message envelope.' }),
  }),
);

export const customDefinitionRecordSchema = responseSchema(
  'CustomDefinitionRecord',
  z.object({
    id: z.string(),
    revision: z.number().int(),
    createdAt: dateTime,
    updatedAt: dateTime,
    updatedBy: z.string(),
    definition: z
      .record(z.string(), z.unknown())
      .meta({ description: 'The definition as uploaded: edit it and PUT it back.' }),
  }),
);

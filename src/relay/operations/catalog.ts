import { z } from 'zod';
import { renderForChannel } from '../../cards/for-channel.js';
import { SENDERS, senderFor } from '../../connectors/registry.js';
import { RelayError } from '../../core/errors.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import {
  LIFECYCLES,
  cardPreviewSchema,
  catalogLifecycleSchema,
  catalogSchema,
} from '../schemas/catalog.js';
import { catalogEntry } from '../views.js';
import { ADMIN } from './who.js';

const LifecyclePatch = requestSchema(
  'LifecyclePatch',
  z
    .strictObject({
      lifecycle: z.enum(LIFECYCLES),
      availableFrom: z.iso
        .datetime({ offset: true })
        .optional()
        .meta({ description: 'For `scheduled`: from when new connections are accepted.' }),
    })
    .refine((v) => v.lifecycle !== 'scheduled' || v.availableFrom !== undefined, {
      error: 'a scheduled type needs availableFrom',
      path: ['availableFrom'],
    }),
);

/** Type ids are short slugs; anything else cannot be in the catalog. */
const typeParams = z.object({ typeId: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/) });

/** The size a Workflows channel would get, so the preview is what a channel would show. */
const PREVIEW_MAX_BYTES = 24 * 1024;

function knownSender(typeId: string) {
  const sender = senderFor(typeId);
  if (sender) return sender;
  throw new RelayError(
    'NOT_FOUND',
    `no connector type '${typeId}'; the catalog has: ${SENDERS.map((s) => s.id).join(', ')}`,
  );
}

export const catalogOperations = [
  defineOperation({
    id: 'listCatalog',
    method: 'get',
    path: '/api/v1/catalog',
    tag: 'catalog',
    summary: 'The connector types, how each authenticates and how to set it up',
    access: 'bearer',
    who: 'any user',
    responses: { 200: { description: 'Every type.', schema: catalogSchema } },
  }).handle(async ({ deps }) => {
    const entries = await Promise.all(
      SENDERS.map(async (sender) => catalogEntry(sender, await lifecycleOf(deps.store, sender.id))),
    );
    return { status: 200, body: entries };
  }),

  defineOperation({
    id: 'setCatalogLifecycle',
    method: 'patch',
    path: '/api/v1/catalog/{typeId}',
    tag: 'catalog',
    summary: 'Make a type available, retire it, or schedule it',
    description:
      'Retired: new connections are refused (409) and existing connectors keep working. ' +
      'Scheduled: refused until `availableFrom`, accepted after it without a restart.',
    access: 'admin',
    who: ADMIN,
    params: typeParams,
    body: { kind: 'json', schema: LifecyclePatch },
    responses: { 200: { description: 'The new state.', schema: catalogLifecycleSchema } },
    errors: { NOT_FOUND: 'no such type (the message lists the catalog)' },
  }).handle(async ({ params, body, deps }) => {
    knownSender(params.typeId);
    await deps.store.connectors.setLifecycle(params.typeId, body);
    return { status: 200, body: { id: params.typeId, ...body } };
  }),

  defineOperation({
    id: 'previewCatalogCard',
    method: 'get',
    path: '/api/v1/catalog/{typeId}/preview',
    tag: 'catalog',
    summary: "The card a type's sample event makes, as a Workflows channel would get it",
    access: 'bearer',
    who: 'any user',
    params: typeParams,
    query: z.object({
      event: z
        .string()
        .min(1)
        .max(100)
        .optional()
        .meta({ description: "One of the entry's `samples`; the first by default." }),
    }),
    responses: { 200: { description: 'The card.', schema: cardPreviewSchema } },
    errors: { NOT_FOUND: 'no such type, or no sample for that event (the message lists them)' },
  }).handle(({ params, query, deps }) => {
    const sender = knownSender(params.typeId);
    const sample = sampleFor(sender, query.event);
    // The same parse and interpretation as a real delivery; nothing is queued or sent.
    const request = sampleRequest(
      sender,
      sample,
      'https://relay.invalid/hooks/preview',
      [],
      deps.clock.now(),
    );
    const parsed = sender.parse(request);
    const meaning = parsed.ok ? sender.interpret(parsed.payload, request) : undefined;
    if (meaning?.kind !== 'event') {
      throw new RelayError('INTERNAL', `the ${sender.name} sample '${sample.event}' made no card`);
    }
    const rendered = renderForChannel(
      meaning.event,
      { kind: 'workflows', o365Format: 'messagecard' },
      { actionableMessagesEnabled: false },
      PREVIEW_MAX_BYTES,
    );
    const envelope = JSON.parse(rendered.body) as {
      attachments: [{ content: Record<string, unknown> }];
    };
    return {
      status: 200,
      body: {
        type: sender.id,
        event: sample.event,
        samples: sender.samples.map((s) => s.event),
        summary: meaning.event.card.summary,
        card: envelope.attachments[0].content,
      },
    };
  }),
];

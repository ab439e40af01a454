/** Previews: the card a connector type makes, from a sample or a payload of the caller's. */
import { z } from 'zod';
import { renderForChannel } from '../../cards/for-channel.js';
import {
  customRequest,
  senderFor,
  TEMPLATE_PROBLEM,
  type CustomDefinition,
} from '../../connectors/registry.js';
import type { IngestRequest, Sender } from '../../connectors/types.js';
import { RelayError } from '../../core/errors.js';
import type { Store } from '../../store/index.js';
import { findType, resolveSender } from '../custom-types.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import { cardPreviewSchema } from '../schemas/catalog.js';
import { knownType, typeParams } from './catalog.js';

/** The size a Workflows channel would get, so the preview is what a channel would show. */
const PREVIEW_URL = 'https://relay.invalid/hooks/preview';
const PREVIEW_MAX_BYTES = 24 * 1024;

/** A sender for previews: the cloud check applies to custom types. */
async function previewSender(store: Store, typeId: string): Promise<Sender> {
  await knownType(store, typeId);
  const sender = await resolveSender({ store }, typeId);
  if (!sender) throw new RelayError('NOT_FOUND', `no connector type '${typeId}'`);
  return sender;
}

const PreviewRequest = requestSchema(
  'PreviewRequest',
  z.strictObject({
    payload: z
      .unknown()
      .optional()
      .meta({ description: "A body as the sender posts it; the type's first sample by default." }),
    headers: z
      .record(z.string().max(100), z.string().max(1000))
      .optional()
      .meta({ description: 'Headers the sender would set (its event header, for instance).' }),
    event: z.string().min(1).max(100).optional().meta({
      description:
        'Without `payload`: which sample. With it, for custom types: the event name, instead of reading it from the request.',
    }),
  }),
);

/** A request for a preview: the caller's payload and headers, or the sample. */
function previewInput(
  sender: Sender,
  custom: CustomDefinition | undefined,
  body: { payload?: unknown; headers?: Record<string, string>; event?: string },
) {
  if (body.payload === undefined) return sampleFor(sender, body.event);
  if (custom) {
    const headers = { ...body.headers };
    // The event name given wins over what the request would say, where it is a header.
    if (body.event !== undefined && 'header' in custom.eventType) {
      headers[custom.eventType.header] = body.event;
    }
    return customRequest(custom, body.event ?? '', body.payload, headers);
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [k, v] of Object.entries(body.headers ?? {})) headers[k.toLowerCase()] = v;
  return { event: body.event ?? '', headers, body: JSON.stringify(body.payload) };
}

/** The card an event makes, as a Workflows channel would get it; nothing is queued or sent. */
function preview(sender: Sender, request: IngestRequest, custom: boolean) {
  const parsed = sender.parse(request);
  if (!parsed.ok) throw new RelayError('VALIDATION_FAILED', `payload: ${parsed.message}`);
  const meaning = sender.interpret(parsed.payload, request);
  if (meaning.kind !== 'event') {
    const why =
      meaning.kind === 'malformed'
        ? meaning.message
        : `${meaning.kind} (${'reason' in meaning ? meaning.reason : meaning.message})`;
    throw new RelayError('VALIDATION_FAILED', `payload: makes no card: ${why}`);
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
  const problem = custom
    ? meaning.event.card.facts.find((f) => f.title === TEMPLATE_PROBLEM)?.value
    : undefined;
  return {
    type: sender.id,
    event: meaning.eventName,
    samples: sender.samples.map((s) => s.event),
    summary: meaning.event.card.summary,
    ...(problem ? { problem } : {}),
    card: envelope.attachments[0].content,
  };
}

/** The cards a type makes, for a sample or a payload of the caller's; nothing is sent. */
export const catalogPreviewOperations = [
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
    errors: {
      NOT_FOUND: 'no such type, or no sample for that event (the message lists them)',
      CUSTOM_CONNECTORS_UNAVAILABLE: 'a custom type, in the gcc, gcch or dod cloud',
    },
  }).handle(async ({ params, query, deps }) => {
    const sender = await previewSender(deps.store, params.typeId);
    const sample = sampleFor(sender, query.event);
    // The same parse and interpretation as a real delivery; nothing is queued or sent.
    const request = sampleRequest(sender, sample, PREVIEW_URL, [], deps.clock.now());
    return { status: 200, body: preview(sender, request, senderFor(sender.id) === undefined) };
  }),

  defineOperation({
    id: 'previewCatalogPayload',
    method: 'post',
    path: '/api/v1/catalog/{typeId}/preview',
    tag: 'catalog',
    summary: 'The card a payload of your own makes, as a Workflows channel would get it',
    description:
      "The payload goes through the type's own parsing and card (for a custom type, its " +
      'template), without signature checks; nothing is queued or sent. Give the headers the ' +
      'sender sets where the type reads the event name from one (`X-GitHub-Event`).',
    access: 'bearer',
    who: 'any user',
    params: typeParams,
    body: { kind: 'json', schema: PreviewRequest },
    responses: { 200: { description: 'The card.', schema: cardPreviewSchema } },
    errors: {
      NOT_FOUND: 'no such type, or no sample for that event',
      VALIDATION_FAILED: 'the payload makes no card for the type (the message says why)',
      CUSTOM_CONNECTORS_UNAVAILABLE: 'a custom type, in the gcc, gcch or dod cloud',
    },
  }).handle(async ({ params, body, deps }) => {
    const sender = await previewSender(deps.store, params.typeId);
    const custom = senderFor(sender.id) === undefined;
    const definition = custom
      ? (await findType(deps.store, sender.id))?.custom?.definition
      : undefined;
    const input = previewInput(sender, definition, body);
    const request = sampleRequest(sender, input, PREVIEW_URL, [], deps.clock.now());
    return { status: 200, body: preview(sender, request, custom) };
  }),
];

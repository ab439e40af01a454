import { z } from 'zod';
import { renderForChannel } from '../../cards/for-channel.js';
import {
  compileDefinition,
  customRequest,
  definitionSchema,
  SENDERS,
  senderFor,
  TEMPLATE_PROBLEM,
  type CustomDefinition,
  type DefinitionProblem as Problem,
} from '../../connectors/registry.js';
import type { IngestRequest, Sender } from '../../connectors/types.js';
import type { LifecycleState } from '../../core/entities.js';
import { RelayError } from '../../core/errors.js';
import type { Principal } from '../../core/policy.js';
import type { Store } from '../../store/index.js';
import type { CustomTypeRecord } from '../../store/catalog-store.js';
import {
  compileRecord,
  customTypesAllowed,
  findType,
  refuseCustomTypes,
  resolveSender,
} from '../custom-types.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import {
  LIFECYCLES,
  cardPreviewSchema,
  catalogEntrySchema,
  catalogLifecycleSchema,
  catalogSchema,
  customDefinitionRecordSchema,
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
const PREVIEW_URL = 'https://relay.invalid/hooks/preview';
const PREVIEW_MAX_BYTES = 24 * 1024;

/** A type of the catalog, built-in or custom (without the cloud check); 404 lists them. */
async function knownType(store: Store, typeId: string) {
  const found = await findType(store, typeId);
  if (found) return found;
  const customs = (await store.catalog.list()).map((r) => r.definition.id);
  throw new RelayError(
    'NOT_FOUND',
    `no connector type '${typeId}'; the catalog has: ${[...SENDERS.map((s) => s.id), ...customs].join(', ')}`,
  );
}

/** A sender for previews: the cloud check applies to custom types. */
async function previewSender(store: Store, typeId: string): Promise<Sender> {
  await knownType(store, typeId);
  const sender = await resolveSender({ store }, typeId);
  if (!sender) throw new RelayError('NOT_FOUND', `no connector type '${typeId}'`);
  return sender;
}

const CustomDefinitionBody = requestSchema(
  'CustomDefinition',
  definitionSchema,
  'A custom connector type: sender authentication, where the event name and delivery id are, and Adaptive Card templates per event (Adaptive Cards Templating, `${...}` over the payload) with a fallback under `"*"`.',
);

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

function problemsError(problems: readonly Problem[]): RelayError {
  const listed = problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return new RelayError(
    'VALIDATION_FAILED',
    `the definition has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: ${listed}`,
    { problems: problems.map((p) => ({ ...p })) },
  );
}

/** Compiles an uploaded definition or answers 400 naming each problem and its JSON path. */
function compiled(definition: CustomDefinition): Sender {
  const result = compileDefinition(definition);
  if (!result.ok) throw problemsError(result.problems);
  return result.sender;
}

function customEntry(sender: Sender, record: CustomTypeRecord, state: LifecycleState) {
  const description = record.definition.description;
  return {
    ...catalogEntry(sender, state),
    kind: 'custom' as const,
    ...(typeof description === 'string' ? { description } : {}),
    revision: record.revision,
    updatedAt: record.updatedAt,
  };
}

function recordView(record: CustomTypeRecord) {
  return {
    id: record.definition.id,
    revision: record.revision,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
    definition: record.definition,
  };
}

function who(principal: Principal): string {
  return principal.id;
}

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

export const catalogOperations = [
  defineOperation({
    id: 'listCatalog',
    method: 'get',
    path: '/api/v1/catalog',
    tag: 'catalog',
    summary: 'The connector types, how each authenticates and how to set it up',
    description:
      'Built-in types, then the custom types org admins uploaded (`kind: "custom"`). In the gcc, gcch and dod clouds custom types are not available and not listed.',
    access: 'bearer',
    who: 'any user',
    responses: { 200: { description: 'Every type.', schema: catalogSchema } },
  }).handle(async ({ deps }) => {
    const { store } = deps;
    const builtins = await Promise.all(
      SENDERS.map(async (sender) => catalogEntry(sender, await lifecycleOf(store, sender.id))),
    );
    const org = await store.org.get();
    const records = customTypesAllowed(org.cloud) ? await store.catalog.list() : [];
    const customs = await Promise.all(
      records.map(async (record) => {
        const { sender } = compileRecord(record);
        return customEntry(sender, record, await lifecycleOf(store, sender.id));
      }),
    );
    return { status: 200, body: [...builtins, ...customs] };
  }),

  defineOperation({
    id: 'createCustomType',
    method: 'post',
    path: '/api/v1/catalog',
    tag: 'catalog',
    summary: 'Upload a custom connector type for the whole organisation',
    description:
      'The definition is checked as a whole: unknown fields, every template an Adaptive Card ' +
      '1.4 of the elements Teams shows from a webhook, every `${...}` parsed and calling only ' +
      'allowed functions, a fallback template under `"*"`, the size bounds, and every sample ' +
      'bound to its template and checked to make a valid card. Each problem is named with its ' +
      'JSON path. Refused in the gcc, gcch and dod clouds.',
    access: 'admin',
    who: ADMIN,
    body: { kind: 'json', schema: CustomDefinitionBody },
    responses: { 201: { description: 'The new catalog entry.', schema: catalogEntrySchema } },
    errors: {
      VALIDATION_FAILED:
        'the definition has problems; `details.problems` lists each with its JSON path',
      CONFLICT: 'a built-in or custom type already has this id (replace a custom one with PUT)',
      CUSTOM_CONNECTORS_UNAVAILABLE: 'the organisation is in the gcc, gcch or dod cloud',
    },
  }).handle(async ({ body, principal, deps }) => {
    const { store, clock } = deps;
    refuseCustomTypes((await store.org.get()).cloud, 'nothing was added');
    if (senderFor(body.id)) {
      throw new RelayError(
        'CONFLICT',
        `'${body.id}' is a built-in connector type; choose another id`,
      );
    }
    const sender = compiled(body);
    const now = new Date(clock.now()).toISOString();
    const record: CustomTypeRecord = {
      definition: body,
      revision: 1,
      createdAt: now,
      updatedAt: now,
      updatedBy: who(principal),
    };
    if (!(await store.catalog.create(record))) {
      throw new RelayError(
        'CONFLICT',
        `a custom type '${body.id}' exists; replace its definition with PUT /api/v1/catalog/${body.id}`,
      );
    }
    return {
      status: 201,
      body: customEntry(sender, record, await lifecycleOf(store, body.id)),
      audit: {
        action: 'catalog.create',
        target: { type: 'catalog', id: body.id },
        after: { revision: record.revision, name: body.name },
      },
    };
  }),

  defineOperation({
    id: 'getCustomType',
    method: 'get',
    path: '/api/v1/catalog/{typeId}/definition',
    tag: 'catalog',
    summary: "A custom type's definition as uploaded, to edit and PUT back",
    access: 'admin',
    who: ADMIN,
    params: typeParams,
    responses: { 200: { description: 'The definition.', schema: customDefinitionRecordSchema } },
    errors: { NOT_FOUND: 'no custom type with this id (built-in types have no definition)' },
  }).handle(async ({ params, deps }) => {
    const record = await deps.store.catalog.get(params.typeId);
    if (!record) throw new RelayError('NOT_FOUND', `no custom connector type '${params.typeId}'`);
    return { status: 200, body: recordView(record) };
  }),

  defineOperation({
    id: 'replaceCustomType',
    method: 'put',
    path: '/api/v1/catalog/{typeId}',
    tag: 'catalog',
    summary: "Replace a custom type's definition (fix a template)",
    description:
      'Checked like an upload. Existing connectors keep their URLs and secrets and use the new ' +
      'definition from their next event on, on every relay process; events already queued keep ' +
      'the card they were given.',
    access: 'admin',
    who: ADMIN,
    params: typeParams,
    body: { kind: 'json', schema: CustomDefinitionBody },
    responses: { 200: { description: 'The catalog entry.', schema: catalogEntrySchema } },
    errors: {
      NOT_FOUND: 'no custom type with this id (upload it with POST /api/v1/catalog)',
      VALIDATION_FAILED: 'the definition has problems, or its id is not the one in the path',
      CONFLICT: 'a built-in type, or someone replaced the definition at the same time',
      CUSTOM_CONNECTORS_UNAVAILABLE: 'the organisation is in the gcc, gcch or dod cloud',
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store, clock } = deps;
    if (senderFor(params.typeId)) {
      throw new RelayError(
        'CONFLICT',
        `'${params.typeId}' is a built-in connector type and cannot be replaced`,
      );
    }
    refuseCustomTypes((await store.org.get()).cloud, 'nothing was changed');
    if (body.id !== params.typeId) {
      throw new RelayError(
        'VALIDATION_FAILED',
        `id: '${body.id}' is not '${params.typeId}', the type being replaced; ids cannot change`,
      );
    }
    const current = await store.catalog.get(params.typeId);
    if (!current) {
      throw new RelayError(
        'NOT_FOUND',
        `no custom connector type '${params.typeId}'; upload it with POST /api/v1/catalog`,
      );
    }
    const sender = compiled(body);
    const record = await store.catalog.replace(params.typeId, current.revision, {
      definition: body,
      updatedAt: new Date(clock.now()).toISOString(),
      updatedBy: who(principal),
    });
    if (!record) {
      throw new RelayError(
        'CONFLICT',
        `'${params.typeId}' was changed or removed at the same time; read it again and retry`,
      );
    }
    return {
      status: 200,
      body: customEntry(sender, record, await lifecycleOf(store, params.typeId)),
      audit: {
        action: 'catalog.replace',
        target: { type: 'catalog', id: params.typeId },
        before: { revision: current.revision, name: current.definition.name },
        after: { revision: record.revision, name: body.name },
      },
    };
  }),

  defineOperation({
    id: 'deleteCustomType',
    method: 'delete',
    path: '/api/v1/catalog/{typeId}',
    tag: 'catalog',
    summary: 'Remove a custom type no connector uses',
    description:
      'Refused while connectors of the type exist (the answer says how many); retire it to stop new ones.',
    access: 'admin',
    who: ADMIN,
    params: typeParams,
    responses: { 204: { description: 'Removed.' } },
    errors: {
      NOT_FOUND: 'no custom type with this id',
      CONFLICT: 'a built-in type, or connectors still use it (`details.connectors` says how many)',
    },
  }).handle(async ({ params, deps }) => {
    const { store } = deps;
    if (senderFor(params.typeId)) {
      throw new RelayError(
        'CONFLICT',
        `'${params.typeId}' is a built-in connector type and cannot be removed; retire it instead`,
      );
    }
    if ((await store.catalog.revision(params.typeId)) === undefined) {
      throw new RelayError('NOT_FOUND', `no custom connector type '${params.typeId}'`);
    }
    const connectors = await store.catalog.countConnectors(params.typeId);
    if (connectors > 0) {
      throw new RelayError(
        'CONFLICT',
        `'${params.typeId}' is used by ${connectors} connector${connectors === 1 ? '' : 's'}; remove ${connectors === 1 ? 'it' : 'them'} first, or retire the type to refuse new ones`,
        { connectors },
      );
    }
    await store.catalog.delete(params.typeId);
    return {
      status: 204,
      audit: { action: 'catalog.delete', target: { type: 'catalog', id: params.typeId } },
    };
  }),

  defineOperation({
    id: 'setCatalogLifecycle',
    method: 'patch',
    path: '/api/v1/catalog/{typeId}',
    tag: 'catalog',
    summary: 'Make a type available, retire it, or schedule it',
    description:
      'Retired: new connections are refused (409) and existing connectors keep working. ' +
      'Scheduled: refused until `availableFrom`, accepted after it without a restart. ' +
      'Built-in and custom types alike.',
    access: 'admin',
    who: ADMIN,
    params: typeParams,
    body: { kind: 'json', schema: LifecyclePatch },
    responses: { 200: { description: 'The new state.', schema: catalogLifecycleSchema } },
    errors: { NOT_FOUND: 'no such type (the message lists the catalog)' },
  }).handle(async ({ params, body, deps }) => {
    await knownType(deps.store, params.typeId);
    const before = await lifecycleOf(deps.store, params.typeId);
    await deps.store.connectors.setLifecycle(params.typeId, body);
    return {
      status: 200,
      body: { id: params.typeId, ...body },
      audit: {
        action: 'catalog.lifecycle',
        target: { type: 'catalog', id: params.typeId },
        before,
        after: body,
      },
    };
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

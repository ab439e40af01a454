/** Connector types uploaded by an admin: create, read, replace and remove their definitions. */
import {
  compileDefinition,
  definitionSchema,
  senderFor,
  type CustomDefinition,
  type DefinitionProblem as Problem,
} from '../../connectors/registry.js';
import type { Sender } from '../../connectors/types.js';
import { RelayError } from '../../core/errors.js';
import type { Principal } from '../../core/policy.js';
import type { CustomTypeRecord } from '../../store/catalog-store.js';
import { refuseCustomTypes } from '../custom-types.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { catalogEntrySchema, customDefinitionRecordSchema } from '../schemas/catalog.js';
import { ADMIN } from './who.js';
import { customEntry, typeParams } from './catalog.js';

const CustomDefinitionBody = requestSchema(
  'CustomDefinition',
  definitionSchema,
  'A custom connector type: sender authentication, where the event name and delivery id are, and Adaptive Card templates per event (Adaptive Cards Templating, `${...}` over the payload) with a fallback under `"*"`.',
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

/** Custom connector types: uploaded definitions, admins only. */
export const customTypeOperations = [
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
];

/** The catalog: the connector types members may add, and their lifecycle. */
import { z } from 'zod';
import { SENDERS } from '../../connectors/registry.js';
import type { Sender } from '../../connectors/types.js';
import type { LifecycleState } from '../../core/entities.js';
import { RelayError } from '../../core/errors.js';
import type { Store } from '../../store/index.js';
import type { CustomTypeRecord } from '../../store/catalog-store.js';
import { compileRecord, customTypesAllowed, findType } from '../custom-types.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { LIFECYCLES, catalogLifecycleSchema, catalogSchema } from '../schemas/catalog.js';
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
export const typeParams = z.object({ typeId: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/) });

/** A type of the catalog, built-in or custom (without the cloud check); 404 lists them. */
export async function knownType(store: Store, typeId: string) {
  const found = await findType(store, typeId);
  if (found) return found;
  const customs = (await store.catalog.list()).map((r) => r.definition.id);
  throw new RelayError(
    'NOT_FOUND',
    `no connector type '${typeId}'; the catalog has: ${[...SENDERS.map((s) => s.id), ...customs].join(', ')}`,
  );
}

export function customEntry(sender: Sender, record: CustomTypeRecord, state: LifecycleState) {
  const description = record.definition.description;
  return {
    ...catalogEntry(sender, state),
    kind: 'custom' as const,
    ...(typeof description === 'string' ? { description } : {}),
    revision: record.revision,
    updatedAt: record.updatedAt,
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
];

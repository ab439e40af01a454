/**
 * Where a connector type id becomes a sender: built-ins straight from the registry (no I/O),
 * custom types from the catalog store, compiled once per revision and cached per store. Custom
 * types are not available in the government clouds (gcc, gcch, dod): looking one up there is
 * refused with CUSTOM_CONNECTORS_UNAVAILABLE, which is what ingest answers for an existing
 * custom connector.
 */
import {
  compileDefinition,
  definitionSchema,
  senderFor,
  type CustomDefinition,
} from '../connectors/registry.js';
import type { Sender } from '../connectors/types.js';
import type { Cloud } from '../core/entities.js';
import { RelayError } from '../core/errors.js';
import type { CustomTypeRecord } from '../store/catalog-store.js';
import type { Store } from '../store/index.js';

/** Clouds where Microsoft never offered custom connectors. */
const NO_CUSTOM_CLOUDS: ReadonlySet<Cloud> = new Set(['gcc', 'gcch', 'dod']);

export function customTypesAllowed(cloud: Cloud): boolean {
  return !NO_CUSTOM_CLOUDS.has(cloud);
}

export function refuseCustomTypes(cloud: Cloud, consequence: string): void {
  if (customTypesAllowed(cloud)) return;
  throw new RelayError(
    'CUSTOM_CONNECTORS_UNAVAILABLE',
    `custom connector types are not available in the ${cloud} cloud; ${consequence}`,
    { cloud },
  );
}

export interface CustomType {
  record: CustomTypeRecord;
  definition: CustomDefinition;
  sender: Sender;
}

interface Cached {
  revision: number;
  type: CustomType;
}

/** One cache per store (per relay): a test's relays never share compiled senders. */
const CACHES = new WeakMap<Store, Map<string, Cached>>();

function cacheOf(store: Store): Map<string, Cached> {
  let cache = CACHES.get(store);
  if (!cache) {
    cache = new Map();
    CACHES.set(store, cache);
  }
  return cache;
}

/** A stored record as a custom type; a record that no longer compiles is reported, not hidden. */
export function compileRecord(record: CustomTypeRecord): CustomType {
  const definition = definitionSchema.parse(record.definition);
  const compiled = compileDefinition(definition);
  if (!compiled.ok) {
    const first = compiled.problems[0];
    throw new RelayError(
      'CONFLICT',
      `custom connector type '${definition.id}' no longer compiles (${first?.path}: ${first?.message}); replace its definition`,
    );
  }
  return { record, definition, sender: compiled.sender };
}

/**
 * The custom type `id` at its current revision: one short read when the cache is fresh, the
 * definition and a compile when it changed (on any process: the revision is in Redis).
 */
export async function customType(store: Store, id: string): Promise<CustomType | undefined> {
  const cache = cacheOf(store);
  const revision = await store.catalog.revision(id);
  if (revision === undefined) {
    cache.delete(id);
    return undefined;
  }
  const hit = cache.get(id);
  if (hit && hit.revision === revision) return hit.type;
  const record = await store.catalog.get(id);
  if (!record) return undefined;
  const type = compileRecord(record);
  cache.set(id, { revision: record.revision, type });
  return type;
}

/** Built-in or custom, without the cloud check: for the catalog's own admin operations. */
export async function findType(
  store: Store,
  id: string,
): Promise<{ sender: Sender; custom?: CustomType } | undefined> {
  const builtin = senderFor(id);
  if (builtin) return { sender: builtin };
  const custom = await customType(store, id);
  return custom ? { sender: custom.sender, custom } : undefined;
}

/**
 * The sender for a connector type. A built-in is returned at once, without touching Redis;
 * a custom type costs the revision read (and the org's cloud, read alongside), and is
 * refused in the government clouds.
 */
export function resolveSender(
  deps: { store: Store },
  typeId: string,
): Sender | undefined | Promise<Sender | undefined> {
  const builtin = senderFor(typeId);
  if (builtin) return builtin;
  return (async () => {
    const [custom, org] = await Promise.all([customType(deps.store, typeId), deps.store.org.get()]);
    if (!custom) return undefined;
    refuseCustomTypes(org.cloud, `'${typeId}' connectors are inactive here`);
    return custom.sender;
  })();
}

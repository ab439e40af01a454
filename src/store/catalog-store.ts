import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';

/** A custom connector type as stored: the definition exactly as accepted, and its history. */
export interface CustomTypeRecord {
  /** The definition as uploaded and checked (JSON). */
  definition: Record<string, unknown> & { id: string };
  /** 1 on upload, +1 on every replacement: compiled senders are cached by it. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface CatalogStore {
  /** Writes a new type; false when one with that id exists. */
  create(record: CustomTypeRecord): Promise<boolean>;
  get(id: string): Promise<CustomTypeRecord | undefined>;
  /** The revision alone: one short read per event of a custom type. */
  revision(id: string): Promise<number | undefined>;
  list(): Promise<CustomTypeRecord[]>;
  /**
   * Replaces a type's definition when its revision is still `expected`; the new record
   * (revision + 1), or undefined when it is gone or someone replaced it first.
   */
  replace(
    id: string,
    expected: number,
    next: Omit<CustomTypeRecord, 'revision' | 'createdAt'>,
  ): Promise<CustomTypeRecord | undefined>;
  /** Removes the type and its lifecycle state. */
  delete(id: string): Promise<void>;
  /** How many connectors are of `typeId` (a scan of every connector: for rare admin calls). */
  countConnectors(typeId: string): Promise<number>;
}

/** Definition, revision and the index in one step, or nothing when the id is taken. */
const CREATE_IF_ABSENT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[3])
return 1`;

/** Written only if the revision key still holds ARGV[1]. */
const REPLACE_IF_REVISION = `
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
redis.call('SET', KEYS[2], ARGV[3])
return 1`;

export function createCatalogStore(redis: Redis, keys: Keys): CatalogStore {
  const p = keys.prefix;
  const defKey = (id: string) => `${p}:custom-type:${id}`;
  const revKey = (id: string) => `${p}:custom-type:${id}:rev`;
  const allKey = () => `${p}:custom-types`;
  const get = async (id: string) =>
    decode<CustomTypeRecord>(await redis.get(defKey(id)), 'custom connector type');
  return {
    async create(record) {
      const id = record.definition.id;
      const created = await redis.eval(
        CREATE_IF_ABSENT,
        3,
        defKey(id),
        revKey(id),
        allKey(),
        JSON.stringify(record),
        String(record.revision),
        id,
      );
      return created === 1;
    },
    get,
    async revision(id) {
      const raw = await redis.get(revKey(id));
      return raw === null ? undefined : Number(raw);
    },
    async list() {
      const ids = (await redis.smembers(allKey())).sort();
      if (ids.length === 0) return [];
      const raws = await redis.mget(ids.map(defKey));
      return raws
        .map((raw) => decode<CustomTypeRecord>(raw, 'custom connector type'))
        .filter((r): r is CustomTypeRecord => r !== undefined);
    },
    async replace(id, expected, next) {
      const current = await get(id);
      if (!current || current.revision !== expected) return undefined;
      const record: CustomTypeRecord = {
        ...next,
        revision: expected + 1,
        createdAt: current.createdAt,
      };
      const written = await redis.eval(
        REPLACE_IF_REVISION,
        2,
        defKey(id),
        revKey(id),
        String(expected),
        JSON.stringify(record),
        String(record.revision),
      );
      return written === 1 ? record : undefined;
    },
    async delete(id) {
      await redis
        .multi()
        .del(defKey(id), revKey(id), keys.catalogLifecycle(id))
        .srem(allKey(), id)
        .exec();
    },
    async countConnectors(typeId) {
      let count = 0;
      let cursor = '0';
      do {
        const [next, found] = await redis.scan(
          cursor,
          'MATCH',
          keys.connector('con_*'),
          'COUNT',
          500,
        );
        cursor = next;
        if (found.length > 0) {
          for (const raw of await redis.mget(found)) {
            const connector = decode<{ type?: string }>(raw, 'connector');
            if (connector?.type === typeId) count += 1;
          }
        }
      } while (cursor !== '0');
      return count;
    },
  };
}

import type { Redis } from 'ioredis';
import { decode } from './json.js';

/**
 * Every record whose id is in the set `indexKey`, by name then id. One GET each, pipelined:
 * the records may live on different cluster nodes.
 */
export async function listAll<T extends { id: string; name: string }>(
  redis: Redis,
  indexKey: string,
  recordKey: (id: string) => string,
  what: string,
): Promise<T[]> {
  const ids = await redis.smembers(indexKey);
  if (ids.length === 0) return [];
  const pipe = redis.pipeline();
  for (const id of ids) pipe.get(recordKey(id));
  const rows = (await pipe.exec()) ?? [];
  const records = rows.flatMap(([, raw]) => decode<T>((raw as string | null) ?? null, what) ?? []);
  return records.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import type { Connector, Lifecycle, LifecycleState } from '../core/entities.js';
import { RelayError } from '../core/errors.js';

export interface ConnectorStore {
  create(connector: Connector): Promise<void>;
  get(id: string): Promise<Connector | undefined>;
  /** A channel's connectors, oldest first. */
  listByChannel(channelId: string): Promise<Connector[]>;
  /**
   * Changes one connector atomically: `change` is applied to the record as stored, and the
   * result written only if nothing else wrote it in between (else it is applied again to
   * the newer record). A rename can then never bring back a token a rotation replaced, and
   * ingest reads either the whole old record or the whole new one. Undefined when there is
   * no such connector (any more).
   */
  update(id: string, change: (connector: Connector) => Connector): Promise<Connector | undefined>;
  delete(connector: Connector): Promise<void>;
  lifecycle(typeId: string): Promise<LifecycleState | undefined>;
  setLifecycle(typeId: string, state: LifecycleState): Promise<void>;
}

/** Compare-and-set of a whole record: written only if it is still the string that was read. */
const REPLACE_IF_UNCHANGED = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2])
return 1`;

/** Writes racing on one connector are a person's clicks: a few tries settle them. */
const UPDATE_ATTEMPTS = 5;

export function createConnectorStore(redis: Redis, keys: Keys): ConnectorStore {
  return {
    async create(connector) {
      await redis
        .multi()
        .set(keys.connector(connector.id), JSON.stringify(connector))
        .sadd(keys.channelConnectors(connector.channelId), connector.id)
        .exec();
    },
    async get(id) {
      return decode<Connector>(await redis.get(keys.connector(id)), 'connector');
    },
    async listByChannel(channelId) {
      const ids = await redis.smembers(keys.channelConnectors(channelId));
      if (ids.length === 0) return [];
      const raws = await redis.mget(ids.map((id) => keys.connector(id)));
      return raws
        .map((raw) => decode<Connector>(raw, 'connector'))
        .filter((c): c is Connector => c !== undefined)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async update(id, change) {
      const key = keys.connector(id);
      for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
        const raw = await redis.get(key);
        const current = decode<Connector>(raw, 'connector');
        if (raw === null || current === undefined) return undefined;
        const next = change(current);
        if ((await redis.eval(REPLACE_IF_UNCHANGED, 1, key, raw, JSON.stringify(next))) === 1) {
          return next;
        }
      }
      throw new RelayError('CONFLICT', `connector '${id}' is being changed by someone else; retry`);
    },
    async delete(connector) {
      await redis
        .multi()
        .del(keys.connector(connector.id))
        .srem(keys.channelConnectors(connector.channelId), connector.id)
        .exec();
    },
    async lifecycle(typeId) {
      return decode<LifecycleState>(await redis.get(keys.catalogLifecycle(typeId)), 'catalog');
    },
    async setLifecycle(
      typeId,
      state: { lifecycle: Lifecycle; availableFrom?: string | undefined },
    ) {
      await redis.set(keys.catalogLifecycle(typeId), JSON.stringify(state));
    },
  };
}

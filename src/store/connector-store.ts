import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import type { Connector, Lifecycle, LifecycleState } from '../core/entities.js';

export interface ConnectorStore {
  create(connector: Connector): Promise<void>;
  get(id: string): Promise<Connector | undefined>;
  /** A channel's connectors, oldest first. */
  listByChannel(channelId: string): Promise<Connector[]>;
  update(connector: Connector): Promise<void>;
  delete(connector: Connector): Promise<void>;
  lifecycle(typeId: string): Promise<LifecycleState | undefined>;
  setLifecycle(typeId: string, state: LifecycleState): Promise<void>;
}

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
    async update(connector) {
      await redis.set(keys.connector(connector.id), JSON.stringify(connector), 'XX');
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

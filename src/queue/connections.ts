import type { RedisOptions } from 'ioredis';

/**
 * The ioredis options of the clients main/ builds for BullMQ, one client per role and never
 * the store's (BullMQ registers its scripts on its clients, and ioredis copies those into
 * every MULTI and pipeline made on the same client).
 *
 * BullMQ 6 no longer depends on ioredis: handed plain options it loads ioredis itself with
 * `require` and fills in defaults of its own. Handing it clients we built keeps the driver,
 * its URL parsing (auth, db, `rediss:`) and every option in one visible place.
 */

/** What BullMQ used when it built its own clients: reconnect after 1 s, backing off to 20 s. */
const reconnect = (times: number): number => Math.max(Math.min(Math.exp(times), 20_000), 1_000);

/** Producers (the Queue behind ingest, the API and the reconciler) fail fast during an outage. */
export const PRODUCER_REDIS_OPTIONS: Readonly<RedisOptions> = {
  maxRetriesPerRequest: 3,
  retryStrategy: reconnect,
};

/**
 * Workers retry forever: BullMQ refuses a worker client with a retry limit, since its blocking
 * fetch must survive an outage. It uses this client for its own commands and duplicates it
 * for the blocking one, which it closes; this one stays ours to quit.
 */
export const WORKER_REDIS_OPTIONS: Readonly<RedisOptions> = {
  maxRetriesPerRequest: null,
  retryStrategy: reconnect,
};

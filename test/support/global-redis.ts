import type { TestProject } from 'vitest/node';
import { startThrowawayRedis } from './throwaway-redis.js';

/**
 * Starts one throwaway redis-server on a free port for the whole run, unless TEST_REDIS_URL
 * names one. The suite never touches any other Redis. Test files isolate themselves with
 * unique key prefixes and queue names.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_REDIS_URL;
  if (given) {
    project.provide('redisUrl', given);
    return () => {};
  }
  const redis = await startThrowawayRedis({ hint: ' or set TEST_REDIS_URL' });
  project.provide('redisUrl', redis.url);
  return redis.stop;
}

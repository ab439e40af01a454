import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

export type Script = (keys: string[], args: Array<string | number>) => Promise<unknown>;

/**
 * A Lua script run by its SHA (EVALSHA), falling back to EVAL once when Redis does not know
 * it (first use, or after a restart). Deliberately not ioredis' defineCommand: commands
 * defined that way are copied into every MULTI and pipeline the connection builds, which
 * costs more than the scripts themselves on the hot path.
 */
export function defineScript(redis: Redis, lua: string, numberOfKeys: number): Script {
  const sha = createHash('sha1').update(lua).digest('hex');
  return async (keys, args) => {
    try {
      return await redis.evalsha(sha, numberOfKeys, ...keys, ...args);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.startsWith('NOSCRIPT')) throw err;
      return redis.eval(lua, numberOfKeys, ...keys, ...args);
    }
  };
}

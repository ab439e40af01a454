import type { Redis } from 'ioredis';

export type Script = (keys: string[], args: Array<string | number>) => Promise<unknown>;

let counter = 0;

/**
 * A Lua script run with EVALSHA (ioredis falls back to EVAL once and caches it), so the
 * script body crosses the wire once per connection, not once per event.
 */
export function defineScript(redis: Redis, lua: string, numberOfKeys: number): Script {
  const name = `relayScript${++counter}`;
  redis.defineCommand(name, { lua, numberOfKeys });
  const command = (
    redis as unknown as Record<string, (...a: Array<string | number>) => Promise<unknown>>
  )[name];
  if (!command) throw new Error(`could not define Redis script ${name}`);
  return (keys, args) => command.call(redis, ...keys, ...args);
}

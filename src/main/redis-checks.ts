import type { Redis } from 'ioredis';
import type { Logger } from '../core/logger.js';

/**
 * "Nothing acknowledged is lost" holds only as far as Redis keeps what it was given: it needs
 * the append-only file (a restart without it forgets every queued event) and `noeviction`
 * (any other policy lets Redis drop queued events, channels and de-duplication keys when
 * memory runs out). What Redis says about both, checked once at start-up.
 */
export type DurabilityCheck =
  | { setting: 'appendonly' | 'maxmemory-policy'; ok: true; value: string }
  | { setting: 'appendonly' | 'maxmemory-policy'; ok: false; value: string; warning: string }
  | { setting: 'appendonly' | 'maxmemory-policy'; ok: 'unknown'; warning: string };

const EXPECTED = { appendonly: 'yes', 'maxmemory-policy': 'noeviction' } as const;

const ADVICE: Record<keyof typeof EXPECTED, (value: string) => string> = {
  appendonly: (value) =>
    `Redis persistence is off (appendonly ${value}): events acknowledged with 202 are lost if Redis restarts. ` +
    'Set appendonly yes (in redis.conf, or CONFIG SET appendonly yes then CONFIG REWRITE).',
  'maxmemory-policy': (value) =>
    `Redis may evict keys when it runs out of memory (maxmemory-policy ${value}): queued events, channels and de-duplication keys can vanish. ` +
    'Set maxmemory-policy noeviction (in redis.conf, or CONFIG SET maxmemory-policy noeviction then CONFIG REWRITE).',
};

async function read(redis: Pick<Redis, 'config'>, setting: keyof typeof EXPECTED) {
  // ioredis answers CONFIG GET with a flat [name, value, ...] list.
  const reply: unknown = await redis.config('GET', setting);
  const value: unknown = Array.isArray(reply) ? reply[1] : undefined;
  if (typeof value !== 'string') throw new Error(`CONFIG GET ${setting} returned nothing`);
  return value;
}

/**
 * Reads appendonly and maxmemory-policy and logs a warning naming each setting that breaks the
 * promise. Managed Redis services often refuse CONFIG: then it says the settings could not be
 * checked, and start-up goes on.
 */
export async function checkRedisDurability(
  redis: Pick<Redis, 'config'>,
  logger: Logger,
): Promise<DurabilityCheck[]> {
  const checks: DurabilityCheck[] = [];
  for (const setting of ['appendonly', 'maxmemory-policy'] as const) {
    const expected = EXPECTED[setting];
    try {
      const value = await read(redis, setting);
      if (value === expected) {
        checks.push({ setting, ok: true, value });
        continue;
      }
      const warning = ADVICE[setting](value);
      logger.warn(warning, { setting, value, expected });
      checks.push({ setting, ok: false, value, warning });
    } catch (err) {
      const warning =
        `could not check Redis ${setting} (CONFIG GET was refused: ${err instanceof Error ? err.message : String(err)}). ` +
        `Nothing acknowledged is lost only with ${setting} ${expected}: check it with your Redis provider.`;
      logger.warn(warning, { setting, expected });
      checks.push({ setting, ok: 'unknown', warning });
    }
  }
  return checks;
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from '../core/logger.js';
import { freePort, redisServerArgs } from './redis-server.js';

export interface ResolvedRedis {
  url: string;
  /** Where the URL came from, for the start-up log. */
  source: 'REDIS_URL' | 'local' | 'embedded';
  stop(): Promise<void>;
}

export const DEFAULT_LOCAL_REDIS = 'redis://127.0.0.1:6379';

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * REDIS_URL if set; else a Redis already answering on 127.0.0.1:6379; else a redis-server
 * child with AOF and noeviction under DATA_DIR/redis, so nothing acknowledged is lost
 * across restarts. Fails with a message that says how to get Redis.
 */
export async function resolveRedis(opts: {
  redisUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  /** Where to look for an already-running Redis (tests point this at a closed port). */
  localUrl?: string;
}): Promise<ResolvedRedis> {
  if (opts.redisUrl) return { url: opts.redisUrl, source: 'REDIS_URL', stop: async () => {} };
  const local = opts.localUrl ?? DEFAULT_LOCAL_REDIS;
  if (await answers(local, 500)) return { url: local, source: 'local', stop: async () => {} };

  const dir = resolve(opts.dataDir, 'redis');
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const args = redisServerArgs({ port, dir, durable: true });
  const child: ChildProcess = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === 'ENOENT'
            ? 'No Redis found: REDIS_URL is unset, nothing answers on 127.0.0.1:6379 and redis-server is not installed. ' +
                'Install it (Debian/Ubuntu: apt-get install redis-server; macOS: brew install redis), or run one with ' +
                '`docker compose up -d redis`, or set REDIS_URL.'
            : `could not start redis-server: ${err.message}`,
        ),
      );
    });
    child.once('exit', (code) =>
      reject(new Error(`embedded redis-server exited early with code ${String(code)}`)),
    );
  });
  const url = `redis://127.0.0.1:${port}`;
  const ready = (async () => {
    for (let i = 0; i < 100; i++) {
      if (await answers(url, 200)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('embedded redis-server did not answer within 10 s');
  })();
  try {
    await Promise.race([ready, failed]);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  failed.catch(() => {}); // after start-up, exits are reported by the exit handler below
  child.on('exit', (code) => opts.logger.warn('embedded redis-server exited', { code }));
  opts.logger.info('started embedded redis-server', { port, dir });
  return {
    url,
    source: 'embedded',
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM'); // redis flushes the AOF on SIGTERM
      }),
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, redisServerArgs } from '../../src/main/redis-server.js';

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

async function waitForPing(port: number, child: ChildProcess): Promise<void> {
  const { Redis } = await import('ioredis');
  const deadline = Date.now() + 10_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    const client = new Redis({
      port,
      host: '127.0.0.1',
      lazyConnect: true,
      retryStrategy: () => null,
    });
    try {
      await client.connect();
      await client.ping();
      client.disconnect();
      return;
    } catch (err) {
      lastError = err;
      client.disconnect();
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`redis-server on port ${port} did not answer: ${String(lastError)}`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  const given = process.env.TEST_REDIS_URL;
  if (given) {
    project.provide('redisUrl', given);
    return () => {};
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'connector-relay-test-redis-'));
  const child = spawn('redis-server', redisServerArgs({ port, dir, durable: false }), {
    stdio: 'ignore',
  });
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(
        new Error(
          `could not start redis-server (${err.message}); install it (apt-get install -y redis-server) or set TEST_REDIS_URL`,
        ),
      ),
    ),
  );
  await Promise.race([waitForPing(port, child), spawnError]);
  project.provide('redisUrl', `redis://127.0.0.1:${port}`);
  return () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
}

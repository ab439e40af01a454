import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, redisServerArgs } from '../../src/main/redis-server.js';

/**
 * A redis-server child of our own on a free loopback port (never 6379, never a server someone
 * else started), writing nothing to disk. Used by the test suite's global setup and by
 * `npm run corpus`.
 */
export interface ThrowawayRedis {
  url: string;
  /** Kills the server and removes its directory; synchronous, so exit handlers can call it. */
  readonly stop: () => void;
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
    // Refused connections before the server listens are expected; connect() reports them.
    client.on('error', () => {});
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

/** `label` names the temp directory; `hint` is added to the message when redis-server is missing. */
export async function startThrowawayRedis(
  opts: { label?: string; hint?: string } = {},
): Promise<ThrowawayRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), `connector-relay-${opts.label ?? 'test'}-redis-`));
  const child = spawn('redis-server', redisServerArgs({ port, dir, durable: false }), {
    stdio: 'ignore',
  });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(
        new Error(
          `could not start redis-server (${err.message}); install it (apt-get install -y redis-server)${opts.hint ?? ''}`,
        ),
      ),
    ),
  );
  try {
    await Promise.race([waitForPing(port, child), spawnError]);
  } catch (err) {
    stop();
    throw err;
  }
  return { url: `redis://127.0.0.1:${port}`, stop };
}

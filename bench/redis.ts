import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, redisServerArgs } from '../src/main/redis-server.js';

/**
 * A throwaway redis-server for one bench run: free port, data in a temp dir, AOF on with
 * everysec fsync (what a durable deployment runs). Never touches any other Redis.
 */
export interface RedisCounters {
  /** Sum of `calls` over INFO commandstats (calls made inside scripts included). */
  commands: number;
  byCommand: Map<string, number>;
  /** Read events on client sockets: roughly, client round trips (pipelines count once). */
  reads: number;
  netInputBytes: number;
  /** Redis process CPU seconds (user + sys). */
  cpuSeconds: number;
  /** Bytes of data the server holds (INFO used_memory). */
  usedMemory: number;
}

export interface BenchRedis {
  url: string;
  /** Server counters, to diff around a measured phase. */
  counters(): Promise<RedisCounters>;
  /** Empty the data set and compact the AOF, so every run starts from the same state. */
  reset(): Promise<void>;
  stop(): Promise<void>;
  /** Synchronous last resort for process exit handlers. */
  killNow(): void;
}

function infoFields(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const at = line.indexOf(':');
    if (at > 0 && !line.startsWith('#')) out.set(line.slice(0, at), line.slice(at + 1));
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startBenchRedis(): Promise<BenchRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'connector-relay-bench-redis-'));
  const child = spawn('redis-server', redisServerArgs({ port, dir, durable: true }), {
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const cleanup = () => {
    if (!exited) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (err) => reject(new Error(`could not start redis-server: ${err.message}`))),
  );
  spawnFailed.catch(() => {});

  const url = `redis://127.0.0.1:${port}`;
  const admin = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
  admin.on('error', () => {});
  const connect = async () => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (exited) throw new Error('redis-server exited during start-up');
      try {
        await admin.connect();
        await admin.ping();
        return;
      } catch (err) {
        admin.disconnect();
        if (Date.now() > deadline) throw new Error(`redis-server did not answer: ${String(err)}`);
        await sleep(50);
      }
    }
  };
  try {
    await Promise.race([connect(), spawnFailed]);
  } catch (err) {
    cleanup();
    throw err;
  }

  return {
    url,
    async counters() {
      const f = infoFields(await admin.info('commandstats', 'stats', 'cpu', 'memory'));
      const byCommand = new Map<string, number>();
      let commands = 0;
      for (const [key, value] of f) {
        const calls = /calls=(\d+)/.exec(value)?.[1];
        if (!key.startsWith('cmdstat_') || calls === undefined) continue;
        byCommand.set(key.slice('cmdstat_'.length), Number(calls));
        commands += Number(calls);
      }
      const num = (k: string) => Number(f.get(k) ?? 0);
      return {
        commands,
        byCommand,
        reads: num('total_reads_processed'),
        netInputBytes: num('total_net_input_bytes'),
        cpuSeconds: num('used_cpu_user') + num('used_cpu_sys'),
        usedMemory: num('used_memory'),
      };
    },
    async reset() {
      await admin.flushall();
      await admin.bgrewriteaof();
      const deadline = Date.now() + 15_000;
      for (;;) {
        const f = infoFields(await admin.info('persistence'));
        if (f.get('aof_rewrite_in_progress') === '0' && f.get('aof_rewrite_scheduled') === '0')
          return;
        if (Date.now() > deadline) throw new Error('AOF rewrite did not finish in 15 s');
        await sleep(50);
      }
    },
    async stop() {
      admin.disconnect();
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([gone, sleep(3_000)]);
      }
      cleanup();
    },
    killNow: cleanup,
  };
}

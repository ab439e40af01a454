import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { StartupError } from '../../src/main/listen.js';
import { checkRedisDurability } from '../../src/main/redis-checks.js';
import { freePort, redisServerArgs } from '../../src/main/redis-server.js';
import { startRelay } from '../../src/main/relay.js';
import { captureLogs } from '../support/logs.js';
import { eventually, testRedisUrl, uniquePrefix } from '../support/relay.js';

/** A redis-server of our own, set up the way an operator might get it wrong. */
async function throwawayRedis(
  extra: string[],
): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'relay-startup-redis-'));
  const child: ChildProcess = spawn(
    'redis-server',
    [...redisServerArgs({ port, dir, durable: false }), ...extra],
    { stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  await eventually(async () => {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
    probe.on('error', () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return undefined;
    } finally {
      probe.disconnect();
    }
  });
  return {
    url,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe('start-up tells the truth about Redis durability', () => {
  let redis: { url: string; stop: () => Promise<void> };
  beforeAll(async () => {
    redis = await throwawayRedis(['--maxmemory-policy', 'allkeys-lru']); // and --appendonly no
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('warns, naming the setting, when appendonly is no or the policy may evict', async () => {
    const { logger, lines } = captureLogs('info');
    const relay = await startRelay(
      loadConfig({
        REDIS_URL: redis.url,
        PORT: '0',
        HOST: '127.0.0.1',
        ADMIN_TOKEN: 'startup-admin-token-0123',
        REDIS_PREFIX: uniquePrefix('startup'),
      }),
      logger,
    );
    await relay.close();
    const warnings = lines.filter((l) => l.level === 'warn');
    expect(warnings).toContainEqual(
      expect.objectContaining({ setting: 'appendonly', value: 'no', expected: 'yes' }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        setting: 'maxmemory-policy',
        value: 'allkeys-lru',
        expected: 'noeviction',
      }),
    );
    const appendonly = warnings.find((l) => l.setting === 'appendonly')!;
    expect(appendonly.msg).toMatch(/appendonly no.*lost if Redis restarts.*appendonly yes/);
    const policy = warnings.find((l) => l.setting === 'maxmemory-policy')!;
    expect(policy.msg).toMatch(
      /may evict keys .*\(maxmemory-policy allkeys-lru\).*Set maxmemory-policy noeviction/,
    );
  });

  it('says it could not check when Redis refuses CONFIG, as managed services do', async () => {
    const admin = new Redis(redis.url);
    await admin.acl('SETUSER', 'app', 'on', '>app-password', '~*', '&*', '+@all', '-config');
    const app = new Redis(redis.url.replace('redis://', 'redis://app:app-password@'));
    try {
      const { logger, lines } = captureLogs('info');
      const checks = await checkRedisDurability(app, logger);
      expect(checks.map((c) => [c.setting, c.ok])).toEqual([
        ['appendonly', 'unknown'],
        ['maxmemory-policy', 'unknown'],
      ]);
      expect(lines.map((l) => [l.level, l.setting])).toEqual([
        ['warn', 'appendonly'],
        ['warn', 'maxmemory-policy'],
      ]);
      expect(lines[0]!.msg).toMatch(
        /could not check Redis appendonly \(CONFIG GET was refused: NOPERM/,
      );
    } finally {
      app.disconnect();
      admin.disconnect();
    }
  });

  it('is quiet when both are right', async () => {
    const { logger, lines } = captureLogs('info');
    const checks = await checkRedisDurability(
      {
        config: (_get: string, name: string) =>
          Promise.resolve([name, name === 'appendonly' ? 'yes' : 'noeviction']),
      } as unknown as Redis,
      logger,
    );
    expect(checks.every((c) => c.ok === true)).toBe(true);
    expect(lines).toEqual([]);
  });
});

describe('a start on a busy port', () => {
  let busy: Server;
  let port: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    port = (busy.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise((done) => busy.close(done));
  });

  it('fails saying to set PORT, and does not lock the admin out of the next start', async () => {
    const prefix = uniquePrefix('busy');
    const env = {
      REDIS_URL: testRedisUrl(),
      HOST: '127.0.0.1',
      REDIS_PREFIX: prefix,
      ADMIN_TOKEN: '', // unset: the relay generates one
    };
    const failed = startRelay(loadConfig({ ...env, PORT: String(port) }), silentLogger);
    await expect(failed).rejects.toBeInstanceOf(StartupError);
    await expect(failed).rejects.toThrow(
      new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*Set PORT`),
    );

    // The next start generates the token it prints, and that token works.
    const relay = await startRelay(loadConfig({ ...env, PORT: '0' }), silentLogger);
    try {
      expect(relay.generatedAdminToken).toBeDefined();
      expect(relay.address).toMatch(/^127\.0\.0\.1:\d+$/);
      const res = await fetch(`${relay.url}/api/v1/org`, {
        headers: { authorization: `Bearer ${relay.generatedAdminToken}` },
      });
      expect(res.status).toBe(200);
    } finally {
      await relay.close();
    }
    // Printed once: a later start has nothing new to show.
    const again = await startRelay(loadConfig({ ...env, PORT: '0' }), silentLogger);
    await again.close();
    expect(again.generatedAdminToken).toBeUndefined();
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsHelp } from '../../src/config/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { resolveRedis } from '../../src/main/redis-resolve.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, testRedisUrl, uniquePrefix } from '../support/relay.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from './payloads.js';

const ROOT = join(import.meta.dirname, '..', '..');

function runCli(
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => out, exited };
}

describe('connector-relay CLI', () => {
  let teams: FakeTeams;
  beforeAll(async () => {
    teams = await startFakeTeams();
  });
  afterAll(async () => {
    await teams?.close();
  });

  it('serves, reports health and readiness, and on SIGTERM finishes the delivery in flight', async () => {
    const adminToken = 'cli-admin-token-0123456789';
    const cli = runCli(['serve', '--role', 'all'], {
      REDIS_URL: testRedisUrl(),
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_TOKEN: adminToken,
      REDIS_PREFIX: uniquePrefix('cli'),
      DESTINATION_HOSTS: new URL(teams.origin).host,
      LOG_LEVEL: 'warn',
    });
    try {
      const base = await eventually(
        () => /listening on (http:\/\/\S+)/.exec(cli.output())?.[1],
        20_000,
      );
      // The banner says the address actually bound (port 0 became a real port).
      expect(cli.output()).toMatch(/bound to 127\.0\.0\.1:(\d+), role all/);
      expect(cli.output()).toContain(`bound to 127.0.0.1:${new URL(base).port}`);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);

      const api = async (path: string, body: unknown) => {
        const res = await fetch(base + path, {
          method: 'POST',
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return (await res.json()) as any;
      };
      const team = await api('/api/v1/teams', { name: 't' });
      const channel = await api(`/api/v1/teams/${team.id}/channels`, {
        name: 'c',
        webhookUrl: teams.workflowsUrl('cli'),
      });
      const connector = await api(`/api/v1/channels/${channel.id}/connectors`, { type: 'github' });
      // The channel answers slowly: SIGTERM arrives while the post is in flight.
      teams.script('cli', [{ delayMs: 1500 }]);
      expect(
        (await sendGitHub(connector.ingestUrl, 'push', githubPush(1), { secret: connector.secret }))
          .status,
      ).toBe(202);
      await eventually(() => teams.posts('cli').length > 0 || undefined);
      cli.child.kill('SIGTERM');
      expect(await cli.exited).toBe(0);
      const [post] = teams.posts('cli');
      expect(post!.status).toBe(202);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });

  it('--version prints the package version', async () => {
    const cli = runCli(['--version'], {});
    expect(await cli.exited).toBe(0);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(cli.output().trim()).toBe(version);
  });

  it('--help lists every command and every variable the settings schema reads, with defaults', async () => {
    const cli = runCli(['--help'], {});
    expect(await cli.exited).toBe(0);
    const out = cli.output();
    for (const command of ['serve', 'help', 'version'])
      expect(out).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(out).toContain('--role');
    const settings = settingsHelp();
    expect(settings.map((s) => s.name)).toEqual(expect.arrayContaining(['PORT', 'LOG_LEVEL']));
    for (const s of settings) {
      const shown = s.default === undefined ? '(unset)' : s.default === '' ? '(none)' : s.default;
      expect(out).toMatch(new RegExp(`^  ${s.name} +${shown.replace(/[.()]/g, '\\$&')} +\\S`, 'm'));
    }
  });

  it('refuses an unknown role naming the --role flag and the valid values, with exit 2', async () => {
    const cli = runCli(['serve', '--role', 'foo'], { REDIS_URL: testRedisUrl() });
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toMatch(/--role must be one of all, api, worker \(got 'foo'\)/);
  });

  it('on a busy port, exits saying which port and to set PORT, without a stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
    const port = (busy.address() as AddressInfo).port;
    try {
      const cli = runCli(['serve'], {
        REDIS_URL: testRedisUrl(),
        PORT: String(port),
        HOST: '127.0.0.1',
        ADMIN_TOKEN: 'cli-admin-token-0123456789',
        REDIS_PREFIX: uniquePrefix('cli-busy'),
        LOG_LEVEL: 'error',
      });
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toMatch(
        new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*Set PORT`),
      );
      expect(cli.output()).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((done) => busy.close(done));
    }
  });

  it('refuses bad configuration with exit 2 and names the variable', async () => {
    const cli = runCli(['serve'], { PORT: 'eighty', REDIS_URL: testRedisUrl() });
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toMatch(/PORT: /);
  });

  it('says how to get Redis when none is configured, running or installed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relay-no-redis-'));
    const path = process.env.PATH;
    process.env.PATH = dataDir; // no redis-server on this PATH
    try {
      await expect(
        resolveRedis({
          redisUrl: undefined,
          dataDir,
          logger: silentLogger,
          localUrl: 'redis://127.0.0.1:1',
        }),
      ).rejects.toThrow(/No Redis found.*apt-get install redis-server.*REDIS_URL/s);
    } finally {
      process.env.PATH = path;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts an embedded redis-server with AOF that keeps data across restarts when no Redis is configured or running', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'relay-embedded-'));
    try {
      const redis = await resolveRedis({
        redisUrl: undefined,
        dataDir,
        logger: silentLogger,
        localUrl: 'redis://127.0.0.1:1',
      });
      expect(redis.source).toBe('embedded');
      const { Redis } = await import('ioredis');
      const client = new Redis(redis.url);
      expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'yes']);
      expect(await client.config('GET', 'maxmemory-policy')).toEqual([
        'maxmemory-policy',
        'noeviction',
      ]);
      await client.set('acknowledged', 'kept');
      client.disconnect();
      await redis.stop();
      expect(existsSync(join(dataDir, 'redis'))).toBe(true);

      // A restart on the same data directory finds what was written (AOF).
      const again = await resolveRedis({
        redisUrl: undefined,
        dataDir,
        logger: silentLogger,
        localUrl: 'redis://127.0.0.1:1',
      });
      const reader = new Redis(again.url);
      expect(await reader.get('acknowledged')).toBe('kept');
      reader.disconnect();
      await again.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

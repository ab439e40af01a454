import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, redisServerArgs } from '../../src/main/redis-server.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam } from '../support/scenario.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from '../e2e/payloads.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';

/**
 * Nothing is acknowledged that is not in Redis: while Redis is unreachable ingest answers
 * 503 (never 202) and readiness says so; when it is back, ingest works again.
 * Uses its own redis-server so stopping it touches nothing else.
 */
describe('while Redis is unreachable', () => {
  let dir: string;
  let port: number;
  let redis: ChildProcess;
  let relay: TestRelay;
  let teams: FakeTeams;

  const startRedis = async () => {
    redis = spawn('redis-server', redisServerArgs({ port, dir, durable: true }), {
      stdio: 'ignore',
    });
    await new Promise((r) => setTimeout(r, 300));
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'relay-outage-'));
    port = await freePort();
    await startRedis();
    teams = await startFakeTeams();
    relay = await startTestRelay({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      DESTINATION_HOSTS: new URL(teams.origin).host,
    });
  });
  afterAll(async () => {
    await Promise.race([relay?.close(), new Promise((r) => setTimeout(r, 3000))]);
    redis?.kill('SIGKILL');
    await teams?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 503 instead of acknowledging, and recovers when Redis is back', async () => {
    const s = await createTeam(relay);
    const channel = await createChannel(relay, s, teams.workflowsUrl('outage'));
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    const send = () =>
      sendGitHub(connector.ingestUrl, 'push', githubPush(1), { secret: connector.secret! });

    redis.kill('SIGTERM');
    await new Promise((r) => redis.once('exit', r));
    const during = await send();
    expect(during.status).toBe(503);
    expect(during.body.error.code).toBe('NOT_READY');
    expect((await fetch(`${relay.url}/readyz`)).status).toBe(503);

    await startRedis();
    const after = await eventually(async () => {
      const res = await send();
      return res.status === 202 ? res : undefined;
    }, 15_000);
    expect(after.body.deliveryId).toEqual(expect.any(String));
    expect((await fetch(`${relay.url}/readyz`)).status).toBe(200);
    await teams.waitForPosts('outage', 1, 10_000);
  });
});

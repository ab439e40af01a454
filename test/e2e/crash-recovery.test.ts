import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, testRedisUrl, uniquePrefix } from '../support/relay.js';
import { sendGitHub } from '../support/senders.js';
import { githubPush } from './payloads.js';

const ROOT = join(import.meta.dirname, '..', '..');

/** A worker killed with SIGKILL in the middle of a post: how soon is its channel served again? */
describe('recovery from a crashed worker', () => {
  let teams: FakeTeams;
  beforeAll(async () => {
    teams = await startFakeTeams();
  });
  afterAll(async () => {
    await teams?.close();
  });

  it('serves the channel again within seconds, resending only the post that was in flight', async () => {
    const prefix = uniquePrefix('crash');
    const adminToken = 'crash-admin-token-0123456789';
    const env = {
      REDIS_URL: testRedisUrl(),
      HOST: '127.0.0.1',
      ADMIN_TOKEN: adminToken,
      REDIS_PREFIX: prefix,
      DESTINATION_HOSTS: new URL(teams.origin).host,
    };
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'serve'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', ...env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let replacement: Awaited<ReturnType<typeof startTestRelay>> | undefined;
    try {
      const base = await eventually(() => /listening on (http:\/\/\S+)/.exec(out)?.[1], 20_000);
      const api = async (method: string, path: string, body?: unknown) => {
        const res = await fetch(base + path, {
          method,
          headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        return (await res.json()) as Record<string, any>;
      };
      const team = await api('POST', '/api/v1/teams', { name: 'Crash' });
      const channel = await api('POST', `/api/v1/teams/${team.id}/channels`, {
        name: 'crash',
        webhookUrl: teams.otherUrl('crash'),
      });
      const connector = await api('POST', `/api/v1/channels/${channel.id}/connectors`, {
        type: 'github',
      });

      // The first post hangs: the worker is killed while it waits for Teams' answer.
      teams.script('crash', [{ delayMs: 120_000 }]);
      expect(
        (
          await sendGitHub(connector.ingestUrl, 'push', githubPush(1), {
            secret: connector.secret,
          })
        ).status,
      ).toBe(202);
      await teams.waitForPosts('crash', 1);
      child.kill('SIGKILL');
      await exited;

      // A new process takes over; a new event arrives for the same channel meanwhile.
      replacement = await startTestRelay({ ...env, REDIS_PREFIX: prefix });
      const ingest = connector.ingestUrl.replace(
        new URL(connector.ingestUrl).origin,
        replacement.url,
      );
      expect(
        (
          await sendGitHub(ingest, 'push', githubPush(2), {
            secret: connector.secret,
          })
        ).status,
      ).toBe(202);

      // With BullMQ's default locks (30 s, checked every 30 s) this would not come in time;
      // the relay's lapse in about 15 s.
      const posts = await teams.waitForPosts('crash', 3, 25_000);
      // The post in flight is sent again (at-least-once), then the new event, in order.
      expect(posts.slice(1).map((p) => /(\d+) new commits?/.exec(p.raw)?.[1])).toEqual(['1', '2']);
      expect(teams.posts('crash')).toHaveLength(3);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await replacement?.close();
    }
  }, 90_000);
});

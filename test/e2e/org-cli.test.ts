/**
 * `connector-relay org`: the CLI, run as a process, against a real started relay, with the
 * switch names of Set-OrganizationConfig.
 */
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOrgCommand } from '../../src/main/org-cli.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';

const ROOT = join(import.meta.dirname, '..', '..');

function org(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'org', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

/** The same command in this process (spawning is slow): what it prints and its status. */
async function orgHere(args: string[], env: Record<string, string>) {
  let out = '';
  let err = '';
  const code = await runOrgCommand(args, env, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    fetch,
  });
  return { code, out, err };
}

describe('connector-relay org', () => {
  let relay: TestRelay;
  let env: Record<string, string>;
  /** A port nothing listens on. */
  let closedPort = 0;

  beforeAll(async () => {
    const probe = createServer();
    await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise((done) => probe.close(done));
    relay = await startTestRelay();
    env = { RELAY_URL: relay.url, ADMIN_TOKEN: relay.adminToken };
  });
  afterAll(async () => {
    await relay?.close();
  });

  const current = async () => (await relay.api('GET', '/api/v1/org')).body;

  it(
    'shows the switches under their PowerShell names, and sets them',
    { timeout: 60_000 },
    async () => {
      const shown = await org(['show'], env);
      expect(shown.code, shown.err).toBe(0);
      expect(shown.out).toMatch(/^ConnectorsEnabled +: True$/m);
      expect(shown.out).toMatch(/^ConnectorsEnabledForTeams +: True$/m);
      expect(shown.out).toMatch(/^ConnectorsActionableMessagesEnabled +: True$/m);
      expect(shown.out).toMatch(/^Cloud +: commercial$/m);

      const set = await org(
        [
          'set',
          '--connectors-enabled',
          'false',
          '--connectors-enabled-for-teams',
          'true',
          '--connectors-actionable-messages-enabled',
          'false',
        ],
        env,
      );
      expect(set.code, set.err).toBe(0);
      expect(set.out).toMatch(/^ConnectorsEnabled +: False$/m);
      expect(set.out).toMatch(/^ConnectorsActionableMessagesEnabled +: False$/m);
      expect(await current()).toMatchObject({
        connectorsEnabled: false,
        connectorsEnabledForTeams: true,
        actionableMessagesEnabled: false,
      });
      // The change is in the audit log like any other admin change.
      const audit = await relay.api('GET', '/api/v1/audit?limit=1');
      expect(audit.body.entries[0]).toMatchObject({
        action: 'org.update',
        actor: { id: 'admin' },
        after: { connectorsEnabled: false, actionableMessagesEnabled: false },
      });
    },
  );

  it('takes the PowerShell spellings, --url and --token over the environment, and --json', async () => {
    const res = await orgHere(
      [
        'set',
        '-ConnectorsEnabled:$true',
        '-ConnectorsActionableMessagesEnabled',
        '$TRUE',
        '--url',
        relay.url,
        '--token',
        relay.adminToken,
        '--json',
      ],
      { RELAY_URL: 'http://127.0.0.1:9', ADMIN_TOKEN: 'wrong-token-0123456789' },
    );
    expect(res.code, res.err).toBe(0);
    expect(JSON.parse(res.out)).toMatchObject({
      connectorsEnabled: true,
      actionableMessagesEnabled: true,
    });
    expect(await current()).toMatchObject({ connectorsEnabled: true });
  });

  it('fails clearly, with a non-zero status and nothing changed', { timeout: 60_000 }, async () => {
    const before = await current();
    const user = (await relay.api('POST', '/api/v1/users', { name: 'Not admin' })).body;
    // As a process once: the exit status reaches the shell.
    const badToken = await org(['set', '--connectors-enabled', 'false'], {
      ...env,
      ADMIN_TOKEN: 'no-such-token-0000',
    });
    const [notAdmin, unreachable, badValue, noToken, nothing, unknown] = await Promise.all([
      orgHere(['show', `--token=${user.token}`], env),
      orgHere(['show', '--url', `http://127.0.0.1:${closedPort}`], env),
      orgHere(['set', '--connectors-enabled', 'maybe'], env),
      orgHere(['show'], { RELAY_URL: relay.url }),
      orgHere(['set'], env),
      orgHere(['frobnicate'], env),
    ]);
    expect(badToken.code).toBe(1);
    expect(badToken.err).toMatch(/the relay refused the token \(UNAUTHENTICATED: unknown token\)/);
    expect(badToken.err).toMatch(/--token or ADMIN_TOKEN/);
    expect(notAdmin.code).toBe(1);
    expect(notAdmin.err).toMatch(/not an org admin's \(FORBIDDEN/);
    expect(unreachable.code).toBe(1);
    expect(unreachable.err).toMatch(
      new RegExp(
        `cannot reach the relay at http://127\\.0\\.0\\.1:${closedPort} \\(ECONNREFUSED\\).*RELAY_URL`,
      ),
    );
    expect(badValue.code).toBe(2);
    expect(badValue.err).toMatch(/--connectors-enabled takes true or false \(got 'maybe'\)/);
    expect(noToken.code).toBe(2);
    expect(noToken.err).toMatch(/no admin token: pass --token or set ADMIN_TOKEN/);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(/org set needs at least one of --connectors-enabled/);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown org command 'frobnicate'/);
    for (const r of [badToken, notAdmin, unreachable, badValue])
      expect(r.err).not.toMatch(/\n\s+at /);
    expect(await current()).toEqual(before);
  });
});

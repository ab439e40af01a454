import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, type Scenario } from '../support/scenario.js';

type Json = Record<string, any>;

const ODD_IDS = [
  ':members',
  ':channels',
  ':teams',
  ':connectors',
  ':deliveries',
  'team_abc:members',
  'ch_abc:deliveries',
  'con_abc:tokens',
  'x'.repeat(5000),
  'équipe_日本',
  '%00',
  'usr_%00',
  '..',
  'con_abc%2Fdef',
  ' ',
];

/** Odd path ids, odd bodies, odd methods: the relay answers each with a clear 4xx. */
describe('odd input at the HTTP edge', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let s: Scenario;
  let real: Record<string, string>;

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    s = await createTeam(relay);
    const channel = await createChannel(relay, s, teams.workflowsUrl('odd'));
    const connector = await createConnector(relay, s, channel.id, { type: 'github' });
    real = {
      teamId: s.teamId,
      userId: s.ownerId,
      channelId: channel.id,
      connectorId: connector.id,
      typeId: 'github',
    };
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  it('answers every operation with a path id 4xx for ids of the wrong shape, never 5xx', async () => {
    const doc = (await relay.api('GET', '/openapi.json')).body as Json;
    const seen: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      if (names.length === 0 || path.startsWith('/hooks/')) continue;
      for (const method of ['get', 'post', 'put', 'patch', 'delete'].filter((m) => item[m])) {
        for (const name of names) {
          for (const odd of ODD_IDS) {
            // `{real id}:suffix` names a Redis key of another type, if ids reach the store as is.
            const value = odd.startsWith(':') ? `${real[name] ?? name}${odd}` : odd;
            const url = path.replace(/\{(\w+)\}/g, (_m, n: string) =>
              encodeURIComponent(n === name ? value : (real[n] ?? `${n}-1`)),
            );
            const body = method === 'get' || method === 'delete' ? undefined : {};
            const res = await relay.api(method.toUpperCase(), url, body);
            seen.push(`${method} ${path} ${name}`);
            expect(
              res.status,
              `${method.toUpperCase()} ${url.slice(0, 120)}`,
            ).toBeGreaterThanOrEqual(400);
            expect(res.status, `${method.toUpperCase()} ${url.slice(0, 120)}`).toBeLessThan(500);
            expect(res.body?.error?.code, url.slice(0, 120)).toMatch(/^[A-Z_]+$/);
          }
        }
      }
    }
    expect(new Set(seen).size).toBeGreaterThan(10);
  });

  it('answers an odd connector id at the ingest URL 404, never 5xx', async () => {
    for (const odd of ODD_IDS) {
      const res = await fetch(`${relay.url}/hooks/${encodeURIComponent(odd)}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(res.status, odd.slice(0, 40)).toBe(404);
    }
  });

  it('answers an unauthenticated request declaring a 100 MB body 401 without waiting for it', async () => {
    const { port, hostname } = new URL(relay.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        // Headers only: not one byte of the declared body is ever sent.
        socket.write(
          'POST /api/v1/users HTTP/1.1\r\nHost: relay\r\nContent-Type: application/json\r\n' +
            `Content-Length: ${100 * 1024 * 1024}\r\n\r\n`,
        );
      });
      let data = '';
      socket.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
        if (data.includes('\r\n\r\n')) {
          socket.destroy();
          resolve(data);
        }
      });
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('says a body is not valid JSON, and a body of another type is refused as such', async () => {
    const res = await fetch(`${relay.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${relay.adminToken}`, 'content-type': 'application/json' },
      body: '{"name": }',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).error.message).toMatch(/^body is not valid JSON: /);
    const form = await fetch(`${relay.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${relay.adminToken}`, 'content-type': 'text/plain' },
      body: 'name=Ada',
    });
    expect(form.status).toBe(415);
  });

  it('answers a known path with a wrong method 405 listing the methods it serves', async () => {
    const res = await fetch(`${relay.url}/api/v1/org`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${relay.adminToken}` },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, PATCH');
    expect(((await res.json()) as Json).error.code).toBe('METHOD_NOT_ALLOWED');
    const unknown = await relay.api('GET', '/api/v1/nothing-here');
    expect(unknown.status).toBe(404);
  });

  it('says what to do: rotate for a new URL, DESTINATION_HOSTS for a host, the valid types', async () => {
    const patch = await relay.api('PATCH', `/api/v1/channels/${real.channelId}`, {
      webhookUrl: teams.workflowsUrl('other'),
    });
    expect(patch.status).toBe(400);
    expect(patch.body.error.message).toContain(`/api/v1/channels/${real.channelId}/rotate`);

    const host = await relay.api('POST', `/api/v1/teams/${s.teamId}/channels`, {
      name: 'elsewhere',
      webhookUrl: 'https://example.com/hook',
    });
    expect(host.status).toBe(400);
    expect(host.body.error.message).toContain('DESTINATION_HOSTS');

    const type = await relay.api('POST', `/api/v1/channels/${real.channelId}/connectors`, {
      type: 'gitlub',
    });
    expect(type.status).toBe(400);
    expect(type.body.error.message).toMatch(/it has: github, trello/);
  });

  it('closes a connection whose headers never finish, once the headers timeout passes', async () => {
    const quick = await startTestRelay({}, { httpTimeouts: { headersMs: 300 } });
    try {
      const { port, hostname } = new URL(quick.url);
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => {
          socket.write('GET /healthz HTTP/1.1\r\nHost: relay\r\nX-Slow: ');
        });
        let data = '';
        socket.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
        socket.on('close', () => resolve(data));
        socket.on('error', reject);
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    } finally {
      await quick.close();
    }
  });
});

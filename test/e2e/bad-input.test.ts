import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { startTestRelay, type TestRelay } from '../support/relay.js';
import { createChannel, createConnector, createTeam, deliveries } from '../support/scenario.js';

/**
 * Done-when: no 5xx for any bad input, always the one JSON error shape, nothing queued.
 * Every request here is signed where a signature is needed, so it reaches the parser.
 */
describe('no 5xx for bad input', () => {
  let teams: FakeTeams;
  let relay: TestRelay;
  let channelId: string;
  let github: { ingestUrl: string; secret?: string };
  let trello: { ingestUrl: string };
  const trelloSecret = 'trello-secret-for-bad-input';

  beforeAll(async () => {
    teams = await startFakeTeams();
    relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
    const s = await createTeam(relay);
    channelId = (await createChannel(relay, s, teams.workflowsUrl('bad'))).id;
    github = await createConnector(relay, s, channelId, { type: 'github' });
    trello = await createConnector(relay, s, channelId, { type: 'trello', secret: trelloSecret });
  });
  afterAll(async () => {
    await relay?.close();
    await teams?.close();
  });

  const deep = '['.repeat(20_000) + ']'.repeat(20_000);
  const bodies: Array<[string, Buffer | string]> = [
    ['empty', ''],
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"hello"'],
    ['number', '42'],
    ['truncated', '{"action":'],
    ['deeply nested', deep],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])],
    ['BOM then JSON', '\ufeff{"zen":"x"}'],
    ['form without payload', 'foo=bar'],
    ['form with bad JSON', 'payload=%7Bnot'],
    ['prototype keys', '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'],
    [
      'wrong types',
      '{"action":{"id":1,"type":["createCard"],"data":null},"repository":"x","commits":"y"}',
    ],
  ];

  const githubHeaders = (
    body: Buffer | string,
    event: string,
    extra: Record<string, string> = {},
  ) => ({
    'content-type': 'application/json',
    'x-github-event': event,
    'x-github-delivery': `d-${Math.random()}`,
    'x-hub-signature-256':
      'sha256=' + createHmac('sha256', github.secret!).update(body).digest('hex'),
    ...extra,
  });
  const trelloHeaders = (body: Buffer | string) => ({
    'content-type': 'application/json',
    'x-trello-webhook': createHmac('sha1', trelloSecret)
      .update(Buffer.concat([Buffer.from(body), Buffer.from(trello.ingestUrl)]))
      .digest('base64'),
  });

  async function expectClientError(res: Response, label: string) {
    expect(res.status, label).toBeGreaterThanOrEqual(400);
    expect(res.status, label).toBeLessThan(500);
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    expect(body.error?.code, label).toMatch(/^[A-Z_]+$/);
    expect(body.error?.message, label).toEqual(expect.any(String));
  }

  it('GitHub: every malformed body for every event kind gets a 4xx', async () => {
    for (const event of [
      'push',
      'pull_request',
      'issues',
      'release',
      'workflow_run',
      'ping',
      'star',
    ]) {
      for (const [label, body] of bodies) {
        const res = await fetch(github.ingestUrl, {
          method: 'POST',
          headers: githubHeaders(body, event),
          body,
        });
        // A handshake ping only needs a JSON object; everything else here must be refused.
        if (res.status === 200) {
          expect(event, `${event}/${label}`).toBe('ping');
          await res.arrayBuffer();
          continue;
        }
        await expectClientError(res, `${event}/${label}`);
      }
    }
  });

  it('GitHub: hostile headers get a 4xx', async () => {
    const body = '{"zen":"x"}';
    const cases: Array<[string, Record<string, string>]> = [
      ['event name with symbols', { 'x-github-event': '../../etc/passwd' }],
      ['event name far too long', { 'x-github-event': 'a'.repeat(5000) }],
      [
        'delivery id far too long',
        { 'x-github-event': 'push', 'x-github-delivery': 'd'.repeat(5000) },
      ],
      ['unknown content encoding', { 'content-encoding': 'br-nope' }],
    ];
    for (const [label, extra] of cases) {
      const res = await fetch(github.ingestUrl, {
        method: 'POST',
        headers: githubHeaders(body, 'ping', extra),
        body,
      });
      await expectClientError(res, label);
    }
    const gz = gzipSync('{"broken');
    const res = await fetch(github.ingestUrl, {
      method: 'POST',
      headers: { ...githubHeaders(gz, 'push'), 'content-encoding': 'gzip' },
      body: gz,
    });
    await expectClientError(res, 'gzip of garbage');
  });

  it('Trello: every malformed body gets a 4xx', async () => {
    for (const [label, body] of bodies) {
      const res = await fetch(trello.ingestUrl, {
        method: 'POST',
        headers: trelloHeaders(body),
        body,
      });
      await expectClientError(res, `trello/${label}`);
    }
  });

  it('the admin API: malformed bodies, ids and methods get a 4xx', async () => {
    const auth = { authorization: `Bearer ${relay.adminToken}` };
    const requests: Array<[string, string, RequestInit]> = [
      [
        'deep JSON',
        '/api/v1/users',
        { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: deep },
      ],
      [
        'array body',
        '/api/v1/teams',
        { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '[]' },
      ],
      [
        'huge body',
        '/api/v1/users',
        {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: `{"name":"${'x'.repeat(300_000)}"}`,
        },
      ],
      ['odd id', '/api/v1/channels/%00%ff/connectors', { method: 'GET', headers: auth }],
      ['bad percent-encoding', '/api/v1/teams/%E0%A4%A', { method: 'GET', headers: auth }],
      ['unknown route', '/api/v1/nothing-here', { method: 'GET', headers: auth }],
      ['wrong method', '/api/v1/org', { method: 'DELETE', headers: auth }],
      [
        'bad token scheme',
        '/api/v1/org',
        { method: 'GET', headers: { authorization: 'Basic abc' } },
      ],
    ];
    for (const [label, path, init] of requests)
      await expectClientError(await fetch(relay.url + path, init), label);
  });

  it('queued nothing', async () => {
    expect(await deliveries(relay, channelId)).toHaveLength(0);
  });
});

/**
 * /openapi.json must describe the relay exactly as it runs. The document is checked with a
 * real OpenAPI 3.1 validator; then a running relay (real Redis, real HTTP) is driven through
 * every operation of the table, and every answer is checked against the schema the document
 * declares for its status: an undocumented status, field or shape fails the test.
 */
import { createHmac } from 'node:crypto';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../src/core/errors.js';
import { githubSender } from '../../src/connectors/github/index.js';
import { isMount } from '../../src/relay/http/mount.js';
import { API_TABLE } from '../../src/relay/operations/index.js';
import { acmeDefinition } from '../support/custom-definition.js';
import { startFakeTeams, type FakeTeams } from '../support/fake-teams.js';
import { eventually, startTestRelay, type TestRelay } from '../support/relay.js';

type Json = Record<string, any>;

const BASE = 'https://connector-relay.test/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;

let relay: TestRelay;
let teams: FakeTeams;
let doc: Json;
let ajv: Ajv2020;

/** Every answer seen, by operation: `post /api/v1/teams` → statuses. */
const seen = new Map<string, Set<number>>();

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/** The template the concrete path matches, among the documented ones. */
function templateOf(path: string): string | undefined {
  const pathname = path.split('?')[0]!;
  // The dashboard's static files are documented by their folder.
  if (pathname.startsWith('/admin/assets/')) return '/admin/assets';
  return Object.keys(doc.paths).find((template) => {
    const re = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    return re.test(pathname);
  });
}

/** Checks one real answer against the document, and records it. */
function check(method: string, path: string, status: number, type: string, body: unknown) {
  const template = templateOf(path);
  expect(template, `${method} ${path} is not documented`).toBeDefined();
  const op = doc.paths[template!][method.toLowerCase()];
  expect(op, `${method} ${template} is not documented`).toBeDefined();
  const key = `${method.toLowerCase()} ${template}`;
  expect(Object.keys(op.responses), `${key} answered an undocumented ${status}`).toContain(
    String(status),
  );
  seen.set(key, (seen.get(key) ?? new Set()).add(status));
  const content = op.responses[String(status)].content as Json | undefined;
  if (method === 'HEAD') return; // no body, whatever GET would send
  if (!content) {
    expect(body, `${key} ${status} documents no body`).toBe('');
    return;
  }
  const mediaType = type.split(';')[0]!.trim();
  expect(Object.keys(content), `${key} ${status} answered ${mediaType}`).toContain(mediaType);
  if (mediaType !== 'application/json') return;
  const ref = `${BASE}#/${pointer('paths', template!, method.toLowerCase(), 'responses', String(status), 'content', 'application/json', 'schema')}`;
  const valid = ajv.validate({ $ref: ref }, body);
  expect(ajv.errors ?? [], `${key} ${status}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
  expect(valid).toBe(true);
}

async function call(
  method: string,
  path: string,
  opts: {
    body?: unknown;
    token?: string | null;
    headers?: Record<string, string>;
    raw?: string;
  } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const token = opts.token === undefined ? relay.adminToken : opts.token;
  const res = await fetch(relay.url + path, {
    method,
    redirect: 'manual',
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : null),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const body = type.startsWith('application/json') && text ? JSON.parse(text) : text;
  check(method, path, res.status, type, body);
  return { status: res.status, body, headers: res.headers };
}

beforeAll(async () => {
  teams = await startFakeTeams();
  relay = await startTestRelay({ DESTINATION_HOSTS: new URL(teams.origin).host });
  doc = (await relay.api('GET', '/openapi.json')).body;
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ $id: BASE, paths: doc.paths, components: doc.components });
});
afterAll(async () => {
  await relay?.close();
  await teams?.close();
});

describe('the document', () => {
  it('is a valid OpenAPI 3.1 document (checked by an OpenAPI validator)', async () => {
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toHaveLength(1);
    expect(new URL(doc.servers[0].url).protocol).toMatch(/^https?:$/);
  });

  it('documents every entry of the operation table once, under its operation id', () => {
    const documented = METHODS.flatMap((m) =>
      Object.entries(doc.paths as Json)
        .filter(([, item]) => item[m])
        .map(([path, item]) => `${item[m].operationId} ${m} ${path}`),
    );
    const table = API_TABLE.map((e) =>
      isMount(e) ? `${e.id} get ${e.path}` : `${e.id} ${e.method} ${e.path}`,
    );
    expect(documented.sort()).toEqual(table.sort());
    const ids = API_TABLE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares exactly the path parameters each template names, ids by their shape', () => {
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const m of METHODS.filter((x) => item[x])) {
        const params = (item[m].parameters ?? []).filter((p: Json) => p.in === 'path');
        expect(params.map((p: Json) => p.name).sort(), `${m} ${path}`).toEqual([...names].sort());
        for (const p of params) {
          // Ingest ids are loose on purpose: a malformed one is answered like a wrong one.
          if (/^(team|channel|connector|user)Id$/.test(p.name) && !path.startsWith('/hooks/')) {
            expect(p.schema.pattern, `${m} ${path} ${p.name}`).toMatch(/^\^/);
          }
        }
      }
    }
  });

  it('puts bearer or session auth on /api and the queue dashboard, and on nothing else', () => {
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const m of METHODS.filter((x) => item[x])) {
        const security = item[m].security;
        if (path.startsWith('/api/') || path === '/admin/queues')
          expect(security, path).toEqual([{ bearerAuth: [] }, { session: [] }]);
        else expect(security, path).toEqual([]);
      }
    }
  });

  it('lists every error code in the Error schema, each refusal under its own status', () => {
    const codes = doc.components.schemas.Error.properties.error.properties.code.enum;
    expect([...codes].sort()).toEqual(Object.keys(ERROR_STATUS).sort());
    for (const [path, item] of Object.entries(doc.paths as Json)) {
      for (const m of METHODS.filter((x) => item[x])) {
        for (const [status, response] of Object.entries(item[m].responses as Json)) {
          const narrowed = response.content?.['application/json']?.schema?.allOf?.[1];
          if (!narrowed) continue;
          for (const code of narrowed.properties.error.properties.code.enum) {
            expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], `${m} ${path} ${code}`).toBe(
              Number(status),
            );
          }
        }
      }
    }
  });

  it('documents a Redis outage as 503 and nothing as 500', () => {
    const statuses = Object.values(doc.paths as Json).flatMap((item) =>
      METHODS.filter((m) => item[m]).flatMap((m) => Object.keys(item[m].responses)),
    );
    expect(statuses).toContain('503');
    expect(statuses).not.toContain('500');
  });
});

describe('real answers match their declared schemas', () => {
  it('for every operation, its successes and its refusals', async () => {
    // Process endpoints.
    expect((await call('GET', '/healthz', { token: null })).status).toBe(200);
    expect((await call('GET', '/readyz', { token: null })).status).toBe(200);
    expect((await call('GET', '/metrics', { token: null })).status).toBe(200);
    expect((await call('GET', '/openapi.json', { token: null })).status).toBe(200);

    // People and teams.
    expect((await call('GET', '/api/v1/me')).status).toBe(200);
    const owner = await call('POST', '/api/v1/users', { body: { name: 'Owner' } });
    const member = await call('POST', '/api/v1/users', { body: { name: 'Member' } });
    expect((await call('GET', '/api/v1/me', { token: owner.body.token })).status).toBe(200);
    const team = await call('POST', '/api/v1/teams', {
      body: { name: 'Team', owners: [owner.body.id] },
    });
    expect(team.status).toBe(201);
    const teamPath = `/api/v1/teams/${team.body.id}`;
    expect((await call('GET', teamPath, { token: owner.body.token })).status).toBe(200);
    expect((await call('PATCH', teamPath, { body: { name: 'Team 2' } })).status).toBe(200);
    const membership = `${teamPath}/members/${member.body.id}`;
    expect((await call('PUT', membership, { body: { role: 'member' } })).status).toBe(200);

    expect((await call('GET', '/api/v1/teams')).status).toBe(200);
    expect((await call('GET', '/api/v1/teams', { token: owner.body.token })).status).toBe(200);
    expect((await call('GET', '/api/v1/users')).status).toBe(200);
    expect((await call('GET', '/api/v1/users', { token: owner.body.token })).status).toBe(403);
    const spare = await call('POST', '/api/v1/users', { body: { name: 'Spare' } });
    const reset = await call('POST', `/api/v1/users/${spare.body.id}/token`);
    expect(reset.status).toBe(200);
    expect((await call('GET', '/api/v1/me', { token: spare.body.token })).status).toBe(401);
    expect((await call('GET', '/api/v1/me', { token: reset.body.token })).status).toBe(200);
    expect((await call('POST', '/api/v1/users/usr_nope/token')).status).toBe(404);

    // Org.
    expect((await call('GET', '/api/v1/org')).status).toBe(200);
    expect((await call('PATCH', '/api/v1/org', { body: {} })).status).toBe(200);
    expect((await call('GET', '/api/v1/org', { token: member.body.token })).status).toBe(403);

    // Channels.
    const channel = await call('POST', `${teamPath}/channels`, {
      body: { name: 'alerts', webhookUrl: teams.workflowsUrl('contract') },
      token: owner.body.token,
    });
    expect(channel.status).toBe(201);
    const channelPath = `/api/v1/channels/${channel.body.id}`;
    expect((await call('GET', `${teamPath}/channels`)).status).toBe(200);
    expect((await call('GET', channelPath)).status).toBe(200);
    expect(
      (await call('PATCH', channelPath, { body: { rateLimit: [{ perSeconds: 60, max: 5 }] } }))
        .status,
    ).toBe(200);
    const rotate = await call('POST', `${channelPath}/rotate`, {
      body: { webhookUrl: teams.workflowsUrl('contract-2') },
    });
    expect(rotate.status).toBe(200);

    // Catalog.
    expect((await call('GET', '/api/v1/catalog')).status).toBe(200);
    expect((await call('GET', '/api/v1/catalog/github/preview?event=push')).status).toBe(200);
    expect((await call('GET', '/api/v1/catalog/nope/preview')).status).toBe(404);
    const retired = await call('PATCH', '/api/v1/catalog/trello', {
      body: { lifecycle: 'retired' },
    });
    expect(retired.status).toBe(200);

    // Custom connector types.
    const acme = acmeDefinition();
    expect((await call('POST', '/api/v1/catalog', { body: acme })).status).toBe(201);
    expect((await call('POST', '/api/v1/catalog', { body: acme })).status).toBe(409);
    const badTemplate = { ...acmeDefinition(), id: 'contract-bad' };
    badTemplate.templates['*'].version = '1.6';
    const invalid = await call('POST', '/api/v1/catalog', { body: badTemplate });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.problems[0].path).toBe('templates["*"].version');
    const definition = await call('GET', '/api/v1/catalog/acme-deploys/definition');
    expect(definition.status).toBe(200);
    expect((await call('GET', '/api/v1/catalog/github/definition')).status).toBe(404);
    expect(
      (await call('PUT', '/api/v1/catalog/acme-deploys', { body: definition.body.definition }))
        .status,
    ).toBe(200);
    expect((await call('PUT', '/api/v1/catalog/github', { body: acme })).status).toBe(409);
    expect((await call('PUT', '/api/v1/catalog/nope-type', { body: acme })).status).toBe(400);
    const absent = { ...acme, id: 'nope-type' };
    expect((await call('PUT', '/api/v1/catalog/nope-type', { body: absent })).status).toBe(404);
    expect((await call('GET', '/api/v1/catalog/acme-deploys/preview')).status).toBe(200);
    const customPreview = await call('POST', '/api/v1/catalog/acme-deploys/preview', {
      body: { event: 'deploy.started', payload: { id: 'p', service: 'api' } },
    });
    expect(customPreview.status).toBe(200);
    expect(
      (await call('POST', '/api/v1/catalog/github/preview', { body: { event: 'push' } })).status,
    ).toBe(200);
    expect(
      (await call('POST', '/api/v1/catalog/github/preview', { body: { payload: { a: 1 } } }))
        .status,
    ).toBe(400);
    const temp = await call('POST', '/api/v1/catalog', { body: { ...acme, id: 'contract-temp' } });
    expect(temp.status).toBe(201);
    expect((await call('DELETE', '/api/v1/catalog/contract-temp')).status).toBe(204);
    expect((await call('DELETE', '/api/v1/catalog/contract-temp')).status).toBe(404);

    // Connectors.
    const connectors = `${channelPath}/connectors`;
    const github = await call('POST', connectors, { body: { type: 'github' } });
    expect(github.status).toBe(201);
    const refused = await call('POST', connectors, { body: { type: 'trello' } });
    expect(refused.status).toBe(409);
    expect(
      (await call('PATCH', '/api/v1/catalog/trello', { body: { lifecycle: 'available' } })).status,
    ).toBe(200);
    const trello = await call('POST', connectors, { body: { type: 'trello' } });
    expect(trello.status).toBe(201);
    const connectorPath = `/api/v1/connectors/${github.body.id}`;
    expect((await call('GET', connectors, { token: member.body.token })).status).toBe(200);
    expect((await call('GET', connectorPath)).status).toBe(200);
    expect((await call('PATCH', connectorPath, { body: { events: ['push'] } })).status).toBe(200);
    expect((await call('POST', `${connectorPath}/test`, { body: {} })).status).toBe(202);
    expect((await call('POST', `${connectorPath}/test`, { body: { event: 'nope' } })).status).toBe(
      404,
    );

    // Ingest: queued, filtered, refused, probed, and the HEAD handshake where a type has one.
    const ingest = new URL(github.body.ingestUrl).pathname;
    const push = githubSender.samples.find((sample) => sample.event === 'push')!;
    const signed = (body: string) =>
      `sha256=${createHmac('sha256', github.body.secret).update(body).digest('hex')}`;
    const sent = await call('POST', ingest, {
      token: null,
      raw: push.body,
      headers: { ...push.headers, 'x-hub-signature-256': signed(push.body) },
    });
    expect(sent.status).toBe(202);
    const again = await call('POST', ingest, {
      token: null,
      raw: push.body,
      headers: { ...push.headers, 'x-hub-signature-256': signed(push.body) },
    });
    expect(again.body.status).toBe('duplicate');
    const put = await call('PUT', ingest, {
      token: null,
      raw: push.body,
      headers: { ...push.headers, 'x-hub-signature-256': signed(push.body) },
    });
    expect(put.body.status).toBe('duplicate'); // PUT is the same door as POST
    const signedPing = await call('POST', ingest, {
      token: null,
      raw: JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 1 }),
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'ping',
        'x-github-delivery': 'd-1',
      },
    });
    expect(signedPing.status).toBe(401);
    expect((await call('GET', ingest, { token: null })).status).toBe(200);
    expect((await call('HEAD', ingest, { token: null })).status).toBe(405);
    const trelloIngest = new URL(trello.body.ingestUrl).pathname;
    expect((await call('HEAD', trelloIngest, { token: null })).status).toBe(200);
    expect((await call('POST', '/hooks/con_nope/token', { token: null, raw: '{}' })).status).toBe(
      404,
    );

    // Rotation: the replaced URL still answers, marked deprecated; a second rotation ends it.
    const rotated = await call('POST', `${connectorPath}/rotate`);
    expect(rotated.status).toBe(200);
    const signedPush = { ...push.headers, 'x-hub-signature-256': signed(push.body) };
    const onOld = await call('POST', ingest, { token: null, raw: push.body, headers: signedPush });
    expect(onOld.body.status).toBe('duplicate');
    expect(onOld.body.warning).toMatch(/replaced/);
    expect(onOld.headers.get('deprecation')).toMatch(/^@\d+$/);
    expect((await call('GET', ingest, { token: null })).body.warning).toMatch(/replaced/);
    expect((await call('POST', `${connectorPath}/rotate`)).status).toBe(200);
    for (const method of ['POST', 'PUT', 'GET', 'HEAD']) {
      const res = await call(method, ingest, {
        token: null,
        raw: method === 'POST' || method === 'PUT' ? push.body : undefined,
        headers: signedPush,
      });
      expect(res.status, method).toBe(410);
    }

    // Replays: of one delivery (still waiting or already delivered), and of a channel.
    const replay = await call('POST', `/api/v1/deliveries/${sent.body.deliveryId}/replay`);
    expect([200, 202]).toContain(replay.status);
    expect(
      (await call('POST', `${channelPath}/replay`, { body: { since: '2020-01-01T00:00:00Z' } }))
        .status,
    ).toBe(200);

    // Deliveries, once the test event is settled one way or another.
    expect((await call('GET', `${channelPath}/deliveries?limit=5`)).status).toBe(200);
    await eventually(
      async () => (await call('GET', `${channelPath}/last-card`)).status === 200 || undefined,
    );
    expect((await call('GET', `${channelPath}/deliveries?limit=0`)).status).toBe(400);

    // Refusals every /api operation shares.
    expect((await call('GET', '/api/v1/me', { token: null })).status).toBe(401);
    expect((await call('GET', '/api/v1/teams/team_missing')).status).toBe(404);
    expect((await call('GET', '/api/v1/teams/bad:id')).status).toBe(404);
    expect((await call('POST', '/api/v1/users', { body: { name: 7 } })).status).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/users', {
          raw: '{"name":',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await call('POST', '/api/v1/users', {
          raw: 'name=x',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    expect((await call('PATCH', channelPath, { body: { webhookUrl: 'https://x' } })).status).toBe(
      400,
    );
    expect(
      (
        await call('POST', `${teamPath}/channels`, {
          body: { name: 'x', webhookUrl: 'https://example.com/x' },
        })
      ).status,
    ).toBe(400);

    // The admin pages: the form, a failed and a good sign-in, the session, sign-out.
    const page = await call('GET', '/admin/sign-in', { token: null });
    expect(page.status).toBe(200);
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const bad = await call('POST', '/admin/sign-in', {
      token: null,
      raw: 'token=nope',
      headers: form,
    });
    expect(bad.status).toBe(401);
    expect((await call('GET', '/admin', { token: null })).status).toBe(302);
    const asOwner = await call('POST', '/admin/sign-in', {
      token: null,
      raw: `token=${owner.body.token}`,
      headers: form,
    });
    expect(asOwner.status).toBe(303);
    const ownerCookie = asOwner.headers.get('set-cookie')!.split(';')[0]!;
    const dashboard = await call('GET', '/admin', {
      token: null,
      headers: { cookie: ownerCookie },
    });
    expect(dashboard.status).toBe(200);
    const csrf = /name="csrf-token" content="([^"]+)"/.exec(dashboard.body)![1]!;
    expect(
      (await call('GET', '/admin/queues', { token: null, headers: { cookie: ownerCookie } }))
        .status,
    ).toBe(403);
    // The dashboard's own calls: the API with the cookie, writes with the page's CSRF token.
    const rename = (headers: Record<string, string>) =>
      call('PATCH', teamPath, { token: null, body: { name: 'Team 3' }, headers });
    expect((await rename({ cookie: ownerCookie })).status).toBe(403);
    expect((await rename({ cookie: ownerCookie, 'x-csrf-token': csrf })).status).toBe(200);
    expect((await call('GET', '/admin/assets/app.js', { token: null })).status).toBe(200);
    expect((await call('GET', '/admin/assets/nope.js', { token: null })).status).toBe(404);
    const good = await call('POST', '/admin/sign-in', {
      token: null,
      raw: `token=${encodeURIComponent(relay.adminToken)}`,
      headers: form,
    });
    expect(good.status).toBe(303);
    const cookie = good.headers.get('set-cookie')!.split(';')[0]!;
    expect(
      (await call('GET', '/admin/sign-out', { token: null, headers: { cookie } })).status,
    ).toBe(200);
    expect((await call('GET', '/admin/queues', { token: null, headers: { cookie } })).status).toBe(
      200,
    );
    expect(
      (await call('POST', '/admin/sign-out', { token: null, headers: { cookie } })).status,
    ).toBe(303);
    expect((await call('GET', '/admin/sign-out', { token: null })).status).toBe(303);
    const crossSite = await call('POST', '/admin/sign-in', {
      token: null,
      raw: 'token=x',
      headers: { ...form, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);

    // Removal last.
    expect((await call('DELETE', membership)).status).toBe(204);
    expect((await call('DELETE', membership)).status).toBe(404);
    expect((await call('DELETE', connectorPath)).status).toBe(204);
    expect((await call('GET', connectorPath)).status).toBe(404);
    const ownerOnly = `${teamPath}/members/${owner.body.id}`;
    expect((await call('DELETE', ownerOnly)).status).toBe(409);
    expect((await call('DELETE', `/api/v1/users/${owner.body.id}`)).status).toBe(409);
    expect((await call('DELETE', `/api/v1/users/${member.body.id}`)).status).toBe(204);
    expect((await call('DELETE', `/api/v1/users/${member.body.id}`)).status).toBe(404);
    expect((await call('DELETE', channelPath)).status).toBe(204);
    expect((await call('GET', channelPath)).status).toBe(404);

    // The audit log of all of the above, a page at a time.
    const audit = await call('GET', '/api/v1/audit?limit=3');
    expect(audit.status).toBe(200);
    expect(audit.body.entries).toHaveLength(3);
    const older = await call('GET', `/api/v1/audit?limit=200&cursor=${audit.body.nextCursor}`);
    expect(older.status).toBe(200);
    expect((await call('GET', '/api/v1/audit?cursor=nope')).status).toBe(400);
    expect((await call('GET', '/api/v1/audit', { token: owner.body.token })).status).toBe(403);

    // Every operation was driven to at least one documented success.
    for (const entry of API_TABLE) {
      const key = isMount(entry) ? `get ${entry.path}` : `${entry.method} ${entry.path}`;
      const statuses = [...(seen.get(key) ?? [])];
      expect(
        statuses.some((s) => s < 400),
        `${key} was never answered with a success`,
      ).toBe(true);
    }
  });

  it('answers a known path with another method 405 with Allow, as each path documents', async () => {
    for (const [template, item] of Object.entries(doc.paths as Json)) {
      if (template === '/admin/queues') continue; // bull-board's own app
      const path = template.replace(/\{\w+\}/g, 'x');
      const documented = METHODS.filter((m) => item[m]).map((m) => m.toUpperCase());
      const other = ['PUT', 'PATCH', 'DELETE', 'POST'].find((m) => !documented.includes(m))!;
      const res = await fetch(relay.url + path, { method: other });
      expect(res.status, `${other} ${template}`).toBe(405);
      const allow = res.headers.get('allow')!.split(', ');
      expect(allow.sort()).toEqual(
        [...new Set([...documented, ...(documented.includes('GET') ? ['HEAD'] : [])])].sort(),
      );
    }
  });
});

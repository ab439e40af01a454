/**
 * /openapi.json must describe the relay exactly as it runs. The routes are real (built with
 * buildApp); only the store, queue and clock behind them are stand-ins, so no Redis is needed.
 */
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_STATUS } from '../../src/core/errors.js';
import { hashToken } from '../../src/core/ids.js';
import { silentLogger } from '../../src/core/logger.js';
import { noopMetrics, relayInstruments } from '../../src/core/metrics.js';
import type { DeliveryView } from '../../src/queue/delivery-record.js';
import type { EnqueueResult } from '../../src/queue/outbox.js';
import { buildApp } from '../../src/relay/app.js';
import type { AppDeps } from '../../src/relay/context.js';
import { openApiDocument } from '../../src/relay/openapi.js';
import type { Channel, Connector, Org, Team, User } from '../../src/core/entities.js';

type Json = Record<string, any>;

const PUBLIC_URL = 'https://relay.example.test';
const doc = openApiDocument({ publicUrl: PUBLIC_URL, version: '1.2.3' }) as Json;

/**
 * Documented but possibly not mounted yet. Only these two may be missing from the app; any
 * other documented route that the app lacks fails the test.
 */
const NOT_YET_MOUNTED = new Set<string>();

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function allOperations(): Array<{ path: string; method: string; op: Json }> {
  return Object.entries(doc.paths as Json).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Json })),
  );
}

/**
 * The admin pages (the queue dashboard and its sign-in) answer in HTML and are mounted only
 * with a real queue: test/integration/queue-dashboard.test.ts drives them on a running relay.
 * Everything else here is the JSON API and the ingest URL.
 */
const isAdminPage = (path: string): boolean => path.startsWith('/admin/');

function operations(): Array<{ path: string; method: string; op: Json }> {
  return allOperations().filter(({ path }) => !isAdminPage(path));
}

// ---------------------------------------------------------------------------------------------
// A small JSON Schema checker for the keywords the document uses. Unknown keywords are refused
// so the document cannot start relying on one this checker silently ignores.

const KNOWN_KEYWORDS = new Set([
  ...['$ref', 'allOf', 'oneOf', 'if', 'then', 'type', 'const', 'enum', 'required'],
  ...['properties', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength'],
  ...['maxLength', 'pattern', 'minimum', 'maximum', 'format', 'description', 'examples'],
  'default',
]);

function resolve(schema: Json): Json {
  let s = schema;
  for (let hops = 0; typeof s.$ref === 'string'; hops++) {
    if (hops > 10) throw new Error(`$ref loop at ${String(schema.$ref)}`);
    s = pointer(s.$ref) as Json;
  }
  return s;
}

function pointer(ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`external $ref ${ref}`);
  let at: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof at !== 'object' || at === null || !(key in at))
      throw new Error(`$ref ${ref} does not resolve`);
    at = (at as Json)[key];
  }
  return at;
}

const typeOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number' && Number.isInteger(v)
        ? 'integer'
        : typeof v;

const FORMATS: Record<string, RegExp> = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  uri: /^[a-z][a-z0-9+.-]*:\/\/\S+$/i,
};

/** Problems with `value` against `schema`; empty when valid. */
function check(schema: Json, value: unknown, at = '$'): string[] {
  const unknown = Object.keys(schema).filter((k) => !KNOWN_KEYWORDS.has(k));
  if (unknown.length > 0) return [`${at}: checker does not know ${unknown.join(', ')}`];
  if (schema.$ref) return check(resolve(schema), value, at);
  const out: string[] = [];
  for (const sub of (schema.allOf as Json[] | undefined) ?? []) out.push(...check(sub, value, at));
  if (schema.oneOf) {
    const passing = (schema.oneOf as Json[]).filter((s) => check(s, value, at).length === 0);
    if (passing.length !== 1) out.push(`${at}: matches ${passing.length} oneOf branches`);
  }
  if (schema.if && check(schema.if as Json, value, at).length === 0 && schema.then)
    out.push(...check(schema.then as Json, value, at));
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = ([] as string[]).concat(schema.type as string | string[]);
    const ok = types.includes(t) || (t === 'integer' && types.includes('number'));
    if (!ok) return [...out, `${at}: ${t} is not ${types.join('|')}`];
  }
  if ('const' in schema && value !== schema.const)
    out.push(`${at}: is not ${String(schema.const)}`);
  if (schema.enum && !(schema.enum as unknown[]).includes(value))
    out.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (t === 'string') {
    const s = value as string;
    if (schema.minLength !== undefined && s.length < schema.minLength) out.push(`${at}: too short`);
    if (schema.maxLength !== undefined && s.length > schema.maxLength) out.push(`${at}: too long`);
    if (schema.pattern && !new RegExp(schema.pattern as string, 'u').test(s))
      out.push(`${at}: does not match ${String(schema.pattern)}`);
    const format = schema.format ? FORMATS[schema.format as string] : undefined;
    if (schema.format && !format) out.push(`${at}: checker does not know format ${schema.format}`);
    if (format && !format.test(s)) out.push(`${at}: not a ${String(schema.format)}`);
  }
  if (t === 'integer' || t === 'number') {
    const n = value as number;
    if (schema.minimum !== undefined && n < schema.minimum) out.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && n > schema.maximum) out.push(`${at}: above maximum`);
  }
  if (t === 'array') {
    const a = value as unknown[];
    if (schema.minItems !== undefined && a.length < schema.minItems) out.push(`${at}: too few`);
    if (schema.maxItems !== undefined && a.length > schema.maxItems) out.push(`${at}: too many`);
    if (schema.items)
      a.forEach((v, i) => out.push(...check(schema.items as Json, v, `${at}[${i}]`)));
  }
  if (t === 'object') {
    const o = value as Json;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in o)) out.push(`${at}: missing ${key}`);
    const props = (schema.properties as Json | undefined) ?? {};
    for (const [key, v] of Object.entries(o)) {
      if (props[key]) out.push(...check(props[key] as Json, v, `${at}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${at}: unexpected ${key}`);
    }
  }
  return out;
}

/** Property schemas a value may hold, gathered across allOf branches. */
function declaredProperties(schema: Json): Map<string, Json[]> {
  const s = resolve(schema);
  const out = new Map<string, Json[]>();
  for (const [k, v] of Object.entries((s.properties as Json | undefined) ?? {}))
    out.set(k, [v as Json]);
  for (const sub of (s.allOf as Json[] | undefined) ?? [])
    for (const [k, v] of declaredProperties(sub)) out.set(k, [...(out.get(k) ?? []), ...v]);
  return out;
}

/**
 * Fields the server sends that the schema does not name. Response schemas are open so fields
 * can be added without breaking clients; this keeps additions from going undocumented. Several
 * schemas apply at once under allOf, so a field is declared when any of them names it.
 */
function undeclared(schemas: Json[], value: unknown, at = '$'): string[] {
  const flat = schemas.map(resolve).flatMap((s) => {
    if (!s.oneOf) return [s];
    const branch = (s.oneOf as Json[]).find((b) => check(b, value).length === 0);
    return branch ? [resolve(branch)] : [];
  });
  if (Array.isArray(value)) {
    const items = flat
      .flatMap((s) => [s, ...((s.allOf as Json[] | undefined) ?? []).map(resolve)])
      .filter((s) => s.items)
      .map((s) => s.items as Json);
    return items.length ? value.flatMap((v, i) => undeclared(items, v, `${at}[${i}]`)) : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  const props = new Map<string, Json[]>();
  for (const s of flat)
    for (const [k, subs] of declaredProperties(s)) props.set(k, [...(props.get(k) ?? []), ...subs]);
  if (props.size === 0) return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const subs = props.get(k);
    return subs ? undeclared(subs, v, `${at}.${k}`) : [`${at}.${k} is not documented`];
  });
}

/** A value the schema accepts: examples first, then the smallest thing that fits. */
function exampleOf(schema: Json): unknown {
  const s = resolve(schema);
  if (s.examples) return (s.examples as unknown[])[0];
  if ('default' in s) return s.default;
  if ('const' in s) return s.const;
  if (s.enum) return (s.enum as unknown[])[0];
  const type =
    ([] as string[]).concat((s.type as string | string[] | undefined) ?? [])[0] ?? 'object';
  switch (type) {
    case 'string':
      return s.format === 'date-time'
        ? '2030-01-01T00:00:00Z'
        : 'a'.repeat(Math.max((s.minLength as number | undefined) ?? 1, 1));
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'array':
      return Array.from({ length: Math.max((s.minItems as number | undefined) ?? 1, 1) }, () =>
        exampleOf(s.items as Json),
      );
    default: {
      // Required fields, plus optional ones the document gives an example for.
      const props = (s.properties as Json | undefined) ?? {};
      const required = new Set((s.required as string[] | undefined) ?? []);
      const chosen = Object.keys(props).filter((k) => required.has(k) || props[k].examples);
      return Object.fromEntries(chosen.map((k) => [k, exampleOf(props[k] as Json)]));
    }
  }
}

interface Variant {
  label: string;
  value: unknown;
}

/** Values on and just past each documented bound, for comparing the document with the server. */
function* variants(schema: Json, value: unknown, at: string): Generator<Variant> {
  const s = resolve(schema);
  const types = ([] as string[]).concat((s.type as string | string[] | undefined) ?? []);
  const v = (label: string, next: unknown): Variant => ({ label: `${at}: ${label}`, value: next });
  yield v('null', null);
  if (types.includes('object') && typeof value === 'object' && value !== null) {
    const o = value as Json;
    for (const key of Object.keys(o)) {
      yield v(`without ${key}`, Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)));
    }
    yield v('with an unknown field', { ...o, zzUnknown: true });
    for (const [key, sub] of Object.entries((s.properties as Json | undefined) ?? {})) {
      const current = key in o ? o[key] : exampleOf(sub as Json);
      if (!(key in o)) yield v(`with ${key}`, { ...o, [key]: current });
      for (const inner of variants(sub as Json, current, `${at}.${key}`))
        yield { label: inner.label, value: { ...o, [key]: inner.value } };
    }
  }
  if (types.includes('string')) {
    yield v('a number', 42);
    if (s.enum) {
      for (const e of s.enum as unknown[]) yield v(`= ${String(e)}`, e);
      yield v('not in the enum', 'zz-not-in-enum');
    }
    if (s.minLength !== undefined) {
      yield v('at minLength', 'a'.repeat(s.minLength as number));
      if ((s.minLength as number) > 0)
        yield v('below minLength', 'a'.repeat((s.minLength as number) - 1));
    }
    if (s.maxLength !== undefined) {
      yield v('at maxLength', 'a'.repeat(s.maxLength as number));
      yield v('over maxLength', 'a'.repeat((s.maxLength as number) + 1));
    }
    // Names are trimmed before their length check; other strings are not.
    yield v('blank', '   ');
    if (s.format === 'date-time') yield v('not a date-time', '2030-01-01');
  }
  if (types.includes('boolean')) yield v('a string', 'yes');
  if (types.includes('integer')) {
    yield v('a fraction', 1.5);
    if (s.minimum !== undefined) {
      yield v('at minimum', s.minimum);
      yield v('below minimum', (s.minimum as number) - 1);
    }
    if (s.maximum !== undefined) {
      yield v('at maximum', s.maximum);
      yield v('over maximum', (s.maximum as number) + 1);
    }
  }
  if (types.includes('array') && Array.isArray(value)) {
    yield v('not an array', 'x');
    const item = value[0] ?? exampleOf(s.items as Json);
    if (s.minItems !== undefined) yield v('with minItems-1', new Array(s.minItems - 1).fill(item));
    if (s.maxItems !== undefined) {
      yield v('with maxItems', new Array(s.maxItems).fill(item));
      yield v('with maxItems+1', new Array((s.maxItems as number) + 1).fill(item));
    }
    for (const inner of variants(s.items as Json, item, `${at}[0]`))
      yield { label: inner.label, value: [inner.value, ...value.slice(1)] };
  }
}

// ---------------------------------------------------------------------------------------------
// The app, with stand-ins behind the routes.

const ADMIN_TOKEN = 'admin-token-for-contract-tests';
/** A plain user who belongs to no team. */
const USER_TOKEN = 'user-token-for-contract-tests';
const INGEST_TOKEN = 'ingest-token-for-contract-tests';
const GITHUB_SECRET = 'github-secret-for-contract-tests';
const NOW = Date.parse('2026-01-02T03:04:05Z');
const at = new Date(NOW).toISOString();

const org: Org = {
  connectorsEnabled: true,
  connectorsEnabledForTeams: true,
  actionableMessagesEnabled: false,
  cloud: 'commercial',
};
const user: User = { id: 'usr_1', name: 'Ada', admin: false, createdAt: at };
const team: Team = {
  id: 'team_1',
  name: 'Platform',
  connectorsEnabled: true,
  membersCanManageConnectors: true,
  createdAt: at,
};
const channel: Channel = {
  id: 'ch_1',
  teamId: team.id,
  name: 'Deployments',
  webhookUrl: 'https://example.webhook.office.com/webhookb2/secret-part-of-the-url',
  kind: 'o365',
  o365Format: 'messagecard',
  status: 'attention_required',
  statusReason: 'Office 365 connector URL',
  urlVersion: 1,
  rateLimit: [{ limit: 4, windowSeconds: 1 }],
  createdAt: at,
};
const connector = (id: string, type: string): Connector => ({
  id,
  type,
  channelId: channel.id,
  teamId: team.id,
  name: type,
  events: undefined,
  secrets: type === 'github' ? [GITHUB_SECRET] : [],
  tokenHash: hashToken(INGEST_TOKEN),
  callbackUrl: `${PUBLIC_URL}/hooks/${id}/${INGEST_TOKEN}`,
  createdBy: user.id,
  createdAt: at,
});
const delivery: DeliveryView = {
  id: '6f1c1a53-8c2e-4b5e-9d3a-0c8f2f9b7a11',
  channelId: channel.id,
  connectorId: 'con_github',
  connectorType: 'github',
  eventName: 'push',
  senderDeliveryId: 'abc',
  state: 'retrying',
  attempts: 2,
  lastError: 'HTTP 502',
  receivedAt: at,
  updatedAt: at,
  deliveredAt: undefined,
  log: [{ at, outcome: 'retry', status: 502, reason: 'bad gateway' }],
};

const INGEST_MAX_BYTES = 64 * 1024;

/** Ids holding `missing` are absent from the stand-in store; every other id exists. */
const known = <T>(id: string, value: T): T | undefined =>
  id.includes('missing') ? undefined : value;

/** A stand-in for an async store method. */
const answer =
  <A extends unknown[], R>(fn: (...args: A) => R) =>
  (...args: A): Promise<R> =>
    Promise.resolve(fn(...args));
const nothing = () => answer(() => undefined);

function fakeDeps(): AppDeps {
  const metrics = noopMetrics();
  const store = {
    org: {
      get: answer(() => org),
      update: answer((patch: Partial<Org>) => ({ ...org, ...patch })),
      getAdminTokenHash: answer(() => hashToken(ADMIN_TOKEN)),
    },
    users: {
      create: nothing(),
      get: answer((id: string) => known(id, { ...user, id })),
      findByTokenHash: answer((hash: string) =>
        hash === hashToken(USER_TOKEN) ? user : undefined,
      ),
    },
    teams: {
      create: nothing(),
      get: answer((id: string) => known(id, { ...team, id })),
      update: nothing(),
      roleOf: nothing(),
      members: answer(() => [{ userId: user.id, role: 'owner' as const }]),
      teamsOf: answer(() => [{ team, role: 'owner' as const }]),
      setMember: nothing(),
      removeMember: answer(() => true),
    },
    channels: {
      create: nothing(),
      get: answer((id: string) => known(id, { ...channel, id })),
      listByTeam: answer(() => [channel]),
      updateSettings: answer((id: string) => ({ ...channel, id })),
      replaceUrl: answer((id: string) => ({ ...channel, id })),
    },
    connectors: {
      create: nothing(),
      listByChannel: answer(() => [connector('con_listed', 'github')]),
      get: answer((id: string) =>
        known(id, connector(id, id.includes('trello') ? 'trello' : 'github')),
      ),
      update: nothing(),
      delete: nothing(),
      lifecycle: nothing(),
      setLifecycle: nothing(),
    },
  };
  const outbox = {
    depth: answer(() => ({ queued: 1, inflight: 0, dead: 0 })),
    recent: answer(() => [delivery]),
  };
  const enqueuer: AppDeps['enqueuer'] = {
    enqueue: answer((_record: unknown, senderKey: string | undefined): EnqueueResult =>
      senderKey === 'seen-before'
        ? { status: 'duplicate', deliveryId: delivery.id }
        : { status: 'queued', deliveryId: delivery.id, flushJobId: undefined, parked: false },
    ),
    kick: nothing(),
    flushNow: nothing(),
  };
  return {
    config: { destinationHosts: [], ingestMaxBytes: INGEST_MAX_BYTES, publicUrl: PUBLIC_URL },
    store: store as unknown as AppDeps['store'],
    outbox: outbox as unknown as AppDeps['outbox'],
    enqueuer,
    clock: { now: () => NOW },
    logger: silentLogger,
    redisReady: () => Promise.resolve(true),
    metrics,
    instruments: relayInstruments(metrics),
  };
}

/** `METHOD /path/{param}` for every route the app registers; `ALL` for catch-all routes. */
function registeredRoutes(app: Express): Set<string> {
  const found = new Set<string>();
  const walk = (stack: Json[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const path = layer.route.path as unknown;
        // Express 5 reads `{…}` as an optional part and `*` as a wildcard: neither maps to
        // an OpenAPI template, so such a route must be documented by hand and this test taught.
        if (typeof path !== 'string' || /[{}*()?]/.test(path))
          throw new Error(`route path ${String(path)} cannot be compared with the document`);
        const templated = prefix + path.replace(/:(\w+)/g, '{$1}');
        for (const method of Object.keys(layer.route.methods as Json))
          found.add(`${method === '_all' ? 'ALL' : method.toUpperCase()} ${templated}`);
      } else if (Array.isArray(layer.handle?.stack)) {
        const mount = layer.rawPath as unknown;
        if (typeof mount !== 'string') throw new Error('router mounted on a non-string path');
        walk(layer.handle.stack as Json[], mount === '/' ? prefix : prefix + mount);
      }
    }
  };
  walk((app as unknown as { router: { stack: Json[] } }).router.stack, '');
  return found;
}

let app: Express;
let server: Server;
let base: string;

beforeAll(async () => {
  app = buildApp(fakeDeps());
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

async function call(
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; type: string; body: any }> {
  const res = await fetch(base + path, {
    method: method.toUpperCase(),
    headers: {
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...opts.headers,
    },
    body: opts.raw ?? (opts.body !== undefined ? JSON.stringify(opts.body) : null),
  });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return {
    status: res.status,
    type,
    body: type.includes('json') && text ? JSON.parse(text) : text,
  };
}

/** An id of the documented shape that the stand-in store does not hold. */
function missingId(path: string, op: Json, name: string): string {
  const params = [...((doc.paths[path].parameters as Json[]) ?? []), ...(op.parameters ?? [])];
  const example = params.find((x: Json) => x.in === 'path' && x.name === name)?.schema
    ?.examples?.[0] as string | undefined;
  const prefix = example?.match(/^[a-z]+_/)?.[0];
  return prefix ? `${prefix}missing` : `missing-${name}`;
}

/** Fill the path template: documented examples, else a fixed id per parameter. */
function urlFor(path: string, op: Json, overrides: Record<string, string> = {}): string {
  const params = [...((doc.paths[path].parameters as Json[]) ?? []), ...(op.parameters ?? [])];
  return path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const p = params.find((x: Json) => x.in === 'path' && x.name === name);
    const value = overrides[name] ?? p?.schema?.examples?.[0] ?? `${name}-1`;
    return encodeURIComponent(String(value));
  });
}

const responseSchema = (op: Json, status: number): Json | undefined =>
  op.responses?.[String(status)]?.content?.['application/json']?.schema;

function expectDocumentedAnswer(op: Json, res: { status: number; body: unknown }): void {
  const documented = op.responses?.[String(res.status)];
  expect(documented, `${op.operationId}: status ${res.status} is not documented`).toBeDefined();
  const schema = responseSchema(op, res.status);
  if (!schema) return;
  expect(check(schema, res.body), `${op.operationId} ${res.status}`).toEqual([]);
  expect(undeclared([schema], res.body), `${op.operationId} ${res.status}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

describe('the document', () => {
  it('is OpenAPI 3.1.0 with info and the public URL as server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'connector-relay', version: '1.2.3' });
    expect(doc.servers).toEqual([{ url: PUBLIC_URL }]);
  });

  it('resolves every $ref inside itself', () => {
    const refs: string[] = [];
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null)
        for (const [k, v] of Object.entries(node)) {
          if (k === '$ref') refs.push(v as string);
          else collect(v);
        }
    };
    collect(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(() => pointer(ref), ref).not.toThrow();
  });

  it('declares exactly the path parameters each template names, and unique operation ids', () => {
    const ids = operations().map(({ op }) => op.operationId as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of operations()) {
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = [...((doc.paths[path].parameters as Json[]) ?? []), ...(op.parameters ?? [])]
        .filter((p: Json) => p.in === 'path')
        .map((p: Json) => p.name as string)
        .sort();
      expect(declared, `${op.operationId}`).toEqual(inPath);
    }
  });

  it('puts bearer auth on /api, bearer or session on the dashboard, and on nothing else', () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(doc.components.securitySchemes.adminSession).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
    });
    expect(doc.security).toBeUndefined();
    for (const { path, op } of allOperations()) {
      if (path.startsWith('/admin/queues')) {
        expect(op.security, op.operationId).toEqual([{ bearerAuth: [] }, { adminSession: [] }]);
        continue;
      }
      if (path.startsWith('/api/'))
        expect(op.security, op.operationId).toEqual([{ bearerAuth: [] }]);
      else expect(op.security ?? [], op.operationId).toEqual([]);
    }
  });

  it('lists every error code, and no others, in the Error schema', () => {
    const codes = doc.components.schemas.Error.properties.error.properties.code.enum;
    expect(codes).toEqual(Object.keys(ERROR_STATUS));
  });

  it('documents each error code under the status ERROR_STATUS gives it, with the Error shape', () => {
    for (const { op } of operations()) {
      for (const [status, response] of Object.entries(op.responses as Json)) {
        const schema = (response as Json).content?.['application/json']?.schema as Json | undefined;
        if (Number(status) < 400) continue;
        if (!schema) {
          expect(op.operationId, `${op.operationId} ${status} without a body`).toBe(
            'ingestHandshakeHead',
          );
          continue;
        }
        expect(schema.allOf?.[0], `${op.operationId} ${status}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
        const codes = schema.allOf[1].properties.error.properties.code.enum as string[];
        for (const code of codes)
          expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], code).toBe(Number(status));
      }
    }
  });
});

describe('the document and the app agree on routes', () => {
  it('documents every route the app registers, and the app serves every documented one', () => {
    const routes = registeredRoutes(app);
    expect(routes.size).toBeGreaterThan(15);

    // HEAD is documented only where a route registers it: Express answers HEAD for every GET
    // route by running the GET handler without a body, which needs no separate description.
    for (const route of routes) {
      const [method, path] = route.split(' ') as [string, string];
      const item = doc.paths[path] as Json | undefined;
      expect(item, `${route} is not documented`).toBeDefined();
      if (method === 'ALL') {
        // A catch-all refuses the remaining methods; the path must document that refusal.
        const refuses = METHODS.some((m) => item?.[m]?.responses?.['405']);
        expect(refuses, `${path}: the catch-all's 405 is not documented`).toBe(true);
      } else {
        expect(item?.[method.toLowerCase()], `${route} is not documented`).toBeDefined();
      }
    }

    const missing = operations()
      .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
      .filter((route) => !routes.has(route) && !NOT_YET_MOUNTED.has(route));
    expect(missing, 'documented but not served').toEqual([]);
    const documented = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path}`));
    for (const route of NOT_YET_MOUNTED) expect(documented.has(route), route).toBe(true);
  });

  it('answers each documented operation with its documented success and shape', async () => {
    const probed: string[] = [];
    for (const { path, method, op } of operations()) {
      const route = `${method.toUpperCase()} ${path}`;
      // Ingest POST needs signed provider payloads: the ingest block below covers it.
      if (op.operationId === 'ingestEvent') continue;
      const url = urlFor(path, op, {
        token: INGEST_TOKEN,
        connectorId: op.operationId === 'ingestHandshakeHead' ? 'con_trello' : 'con_github',
      });
      const secured = Boolean(op.security?.length);
      const body = op.requestBody
        ? exampleOf(op.requestBody.content['application/json'].schema as Json)
        : undefined;
      const res = await call(method, url, { body, ...(secured ? { token: ADMIN_TOKEN } : {}) });
      if (res.status === 404 && NOT_YET_MOUNTED.has(route)) continue;

      const successes = Object.keys(op.responses as Json).filter((s) => /^2/.test(s));
      expect(successes, route).toHaveLength(1);
      expect(res.status, `${route}: ${JSON.stringify(res.body)}`).toBe(Number(successes[0]));
      const content = op.responses[successes[0]!].content as Json | undefined;
      if (!content) expect(res.body, `${route} should have no body`).toBe('');
      else if (content['text/plain']) expect(res.type).toMatch(/^text\/plain/);
      else expectDocumentedAnswer(op, res);
      probed.push(route);

      if (secured) {
        const anonymous = await call(method, url, { body });
        expect(anonymous.status, `${route} without a token`).toBe(401);
        expectDocumentedAnswer(op, anonymous);
      }
    }
    expect(probed.length).toBeGreaterThan(15);
  });

  it('answers refusals only with documented statuses and shapes', async () => {
    let refusals = 0;
    for (const { path, method, op } of operations()) {
      if (!path.startsWith('/api/')) continue;
      const body = op.requestBody
        ? exampleOf(op.requestBody.content['application/json'].schema as Json)
        : undefined;
      // A user outside every team: refused wherever more than authentication is needed.
      const outsider = await call(method, urlFor(path, op), { body, token: USER_TOKEN });
      expectDocumentedAnswer(op, outsider);
      if (outsider.status >= 400) refusals++;
      if (!/\{/.test(path)) continue;
      const missing = Object.fromEntries(
        [...path.matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, missingId(path, op, m[1]!)]),
      );
      const absent = await call(method, urlFor(path, op, missing), { body, token: ADMIN_TOKEN });
      expect(absent.status, `${op.operationId} with unknown ids`).toBe(404);
      expectDocumentedAnswer(op, absent);
      refusals++;
    }
    expect(refusals).toBeGreaterThan(20);
  });

  it('accepts and refuses request bodies exactly where the schemas say', async () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const { path, method, op } of operations()) {
      const schema = op.requestBody?.content?.['application/json']?.schema as Json | undefined;
      if (!schema) continue;
      const example = exampleOf(schema);
      expect(check(schema, example), `${op.operationId} example`).toEqual([]);
      for (const variant of variants(schema, example, '$')) {
        const documentedValid = check(schema, variant.value).length === 0;
        const res = await call(method, urlFor(path, op), {
          body: variant.value,
          token: ADMIN_TOKEN,
        });
        // The JSON parser refuses non-object bodies (BAD_REQUEST); parseBody's refusals carry
        // details.problems. Later checks (unknown event names, unknown types, destinations)
        // refuse other ways and are not the schema's business.
        const code = res.status === 400 ? (res.body?.error?.code as string) : undefined;
        const serverRefused =
          code === 'BAD_REQUEST' ||
          (code === 'VALIDATION_FAILED' && Array.isArray(res.body?.error?.details?.problems));
        compared++;
        if (serverRefused === documentedValid)
          disagreements.push(
            `${op.operationId} ${variant.label}: document says ${documentedValid ? 'valid' : 'invalid'}, ` +
              `server answered ${res.status} ${JSON.stringify(res.body?.error ?? '')}`,
          );
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });
});

describe('the ingest answers are the documented ones', () => {
  const hookPath = '/hooks/{connectorId}/{token}';
  const ingest = () => doc.paths[hookPath].post as Json;
  const url = (id = 'con_github', token = INGEST_TOKEN) => `/hooks/${id}/${token}`;
  const signed = (body: string, event: string, delivery?: string) => ({
    'content-type': 'application/json',
    'x-github-event': event,
    'x-hub-signature-256': `sha256=${createHmac('sha256', GITHUB_SECRET).update(body).digest('hex')}`,
    ...(delivery ? { 'x-github-delivery': delivery } : {}),
  });

  const cases: Array<{ name: string; status: number; send: () => ReturnType<typeof call> }> = [
    {
      name: 'an event is queued',
      status: 202,
      send: () => call('post', url(), { raw: '{}', headers: signed('{}', 'gollum', 'new-one') }),
    },
    {
      name: 'a ping is a handshake',
      status: 200,
      send: () => call('post', url(), { raw: '{}', headers: signed('{}', 'ping') }),
    },
    {
      name: 'a repeated delivery id is a duplicate',
      status: 200,
      send: () =>
        call('post', url(), { raw: '{}', headers: signed('{}', 'gollum', 'seen-before') }),
    },
    {
      name: 'an unsigned request is refused',
      status: 401,
      send: () => call('post', url(), { raw: '{}', headers: { 'x-github-event': 'gollum' } }),
    },
    {
      name: 'a wrong token is an unknown connector',
      status: 404,
      send: () => call('post', url('con_github', 'wrong'), { raw: '{}' }),
    },
    {
      name: 'a body that is not JSON is malformed',
      status: 400,
      send: () => call('post', url(), { raw: 'nope', headers: signed('nope', 'gollum') }),
    },
    {
      name: 'a body over the limit is refused',
      status: 413,
      send: () => {
        const big = `{"x":"${'a'.repeat(INGEST_MAX_BYTES)}"}`;
        return call('post', url(), { raw: big, headers: signed(big, 'gollum') });
      },
    },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.status}`, async () => {
      const res = await c.send();
      expect(res.status, JSON.stringify(res.body)).toBe(c.status);
      expectDocumentedAnswer(ingest(), res);
    });
  }

  it('refuses other methods with 405, as the path documents', async () => {
    const res = await call('put', url(), { raw: '{}' });
    expect(res.status).toBe(405);
    expect(doc.paths[hookPath].description).toMatch(/405/);
    expect(check({ $ref: '#/components/schemas/Error' }, res.body)).toEqual([]);
  });

  it('refuses HEAD for a type without a HEAD handshake with 405, as documented', async () => {
    const res = await call('head', url());
    expect(res.status).toBe(405);
    expect(doc.paths[hookPath].head.responses['405']).toBeDefined();
  });

  it('marks the contract statuses not produced yet as reserved', () => {
    for (const status of ['409', '410'])
      expect(ingest().responses[status]['x-reserved'], status).toBe(true);
  });
});

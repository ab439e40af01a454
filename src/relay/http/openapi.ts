/**
 * The OpenAPI 3.1 document, generated from the operation table: paths, parameters, bodies
 * and responses come from each entry's zod schemas (zod's own JSON Schema output), and the
 * refusals from its access, its body and its declared error codes, each under the status
 * ERROR_STATUS gives it. Nothing here is written per route.
 */
import { z, type ZodType } from 'zod';
import { ERROR_STATUS, type ErrorCode } from '../../core/errors.js';
import { SESSION_COOKIE } from '../dashboard/session.js';
import { isMount, type TableEntry } from './mount.js';
import type { AnyOperation, ResponseSpec } from './operation.js';
import { requestSchemas, responseSchemas, type SchemaMeta } from './schema-registry.js';

type Json = Record<string, unknown>;
type Io = 'input' | 'output';

const COMPONENTS = '#/components/schemas/';
const ref = (id: string): Json => ({ $ref: `${COMPONENTS}${id}` });

const TAGS = [
  { name: 'org', description: 'Organisation-wide switches.' },
  { name: 'users', description: 'People and their bearer tokens.' },
  { name: 'teams', description: 'Teams, owners and members.' },
  { name: 'channels', description: 'Teams webhook destinations.' },
  { name: 'connectors', description: 'A service feeding a channel through an ingest URL.' },
  { name: 'deliveries', description: 'What happened to each event.' },
  { name: 'catalog', description: 'Connector types and their lifecycle.' },
  { name: 'ingest', description: 'Where services send their webhooks.' },
  { name: 'operations', description: 'Health, metrics, this document, the admin pages.' },
];

function jsonSchema(schema: ZodType, io: Io): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

/** Every registered schema under its id, as JSON Schema 2020-12 (the OpenAPI 3.1 dialect). */
function components(): Record<string, Json> {
  const out: Record<string, Json> = {};
  const add = (registry: z.core.$ZodRegistry<SchemaMeta>, io: Io) => {
    const { schemas } = z.toJSONSchema(registry, {
      target: 'draft-2020-12',
      io,
      unrepresentable: 'any',
      uri: (id) => `${COMPONENTS}${id}`,
    }) as { schemas: Record<string, Json> };
    for (const [id, schema] of Object.entries(schemas)) {
      if (id in out) throw new Error(`schema id '${id}' is registered twice`);
      const { $schema: _dialect, $id: _id, id: _metaId, ...rest } = schema;
      out[id] = rest;
    }
  };
  add(requestSchemas, 'input');
  add(responseSchemas, 'output');
  return out;
}

/** Bodies are referenced by name, so every one must be registered (schema-registry.ts). */
function named(schema: ZodType, registry: z.core.$ZodRegistry<SchemaMeta>, where: string): Json {
  const id = registry.get(schema)?.id;
  if (!id) throw new Error(`${where}: the schema is not registered, so it has no name`);
  return ref(id);
}

function parameters(op: AnyOperation): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ['path', op.params],
    ['query', op.query],
  ] as const) {
    if (!schema) continue;
    const object = jsonSchema(schema, 'input') as {
      properties?: Record<string, Json>;
      required?: string[];
    };
    for (const [name, property] of Object.entries(object.properties ?? {})) {
      const { description, ...rest } = property;
      out.push({
        name,
        in: where,
        required: where === 'path' || (object.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
      });
    }
  }
  return out;
}

function requestBody(op: AnyOperation): Json | undefined {
  const body = op.body;
  if (!body) return undefined;
  if (body.kind === 'raw') {
    const content = Object.fromEntries(body.types.map((type: string) => [type, { schema: {} }]));
    return { required: false, description: body.description, content };
  }
  const type = body.kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
  return {
    required: body.kind === 'json' && !body.optional,
    ...(body.description ? { description: body.description } : {}),
    content: { [type]: { schema: named(body.schema, requestSchemas, op.id) } },
  };
}

function response(spec: ResponseSpec, where: string): Json {
  const types = [spec.type ?? (spec.schema ? 'application/json' : [])].flat();
  const schema = spec.schema ? named(spec.schema, responseSchemas, where) : { type: 'string' };
  return {
    description: spec.description,
    ...(spec.headers
      ? {
          headers: Object.fromEntries(
            Object.entries(spec.headers).map(([name, description]) => [
              name,
              { description, schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
    ...(types.length > 0
      ? { content: Object.fromEntries(types.map((type) => [type, { schema }])) }
      : {}),
  };
}

/** Refusals that follow from how the operation is declared, before its own. */
function impliedErrors(op: AnyOperation): Partial<Record<ErrorCode, string>> {
  const json = op.body?.kind === 'json';
  return {
    ...(op.access !== 'public'
      ? { UNAUTHENTICATED: 'no bearer token, or one the relay does not know' }
      : {}),
    ...(op.access === 'admin' ? { FORBIDDEN: 'the caller is not an org admin' } : {}),
    ...(op.params && op.access !== 'public'
      ? { NOT_FOUND: 'no such object (an id of the wrong shape is never looked up)' }
      : {}),
    ...(json
      ? {
          BAD_REQUEST: 'the body is not JSON (the message says where), or not an object',
          UNSUPPORTED_MEDIA_TYPE: 'the body is not sent as application/json',
        }
      : {}),
    ...(op.body && op.body.kind !== 'raw' && typeof op.bodyLimit !== 'function'
      ? { PAYLOAD_TOO_LARGE: `the body is over ${(op.bodyLimit ?? 256 * 1024) / 1024} KiB` }
      : {}),
    ...(json || op.query
      ? { VALIDATION_FAILED: 'a field does not match the schema; `details.problems` names each' }
      : {}),
    ...(op.access !== 'public' ? { NOT_READY: 'Redis is unavailable; retry later' } : {}),
  };
}

/** Codes that share a status share a response, whose schema narrows `error.code` to them. */
function errorResponses(op: AnyOperation): Record<string, Json> {
  const reasons = new Map<ErrorCode, string[]>();
  for (const source of [impliedErrors(op), op.errors ?? {}]) {
    for (const [code, why] of Object.entries(source) as Array<[ErrorCode, string]>) {
      reasons.set(code, [...(reasons.get(code) ?? []), why]);
    }
  }
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of reasons.keys()) {
    const status = ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, Json> = {};
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    const codes = byStatus.get(status) ?? [];
    out[String(status)] = {
      description: codes
        .map((code) => `\`${code}\`: ${(reasons.get(code) ?? []).join('; or ')}`)
        .join('\n\n'),
      content: {
        'application/json': {
          schema: {
            allOf: [
              ref('Error'),
              { type: 'object', properties: { error: { properties: { code: { enum: codes } } } } },
            ],
          },
        },
      },
    };
  }
  return out;
}

function operationObject(op: AnyOperation): Json {
  const params = parameters(op);
  const body = requestBody(op);
  const responses: Record<string, Json> = {};
  for (const [status, spec] of Object.entries(op.responses)) {
    responses[status] = response(spec, `${op.id} ${status}`);
  }
  const description = [op.who ? `**Who:** ${op.who}.` : undefined, op.description]
    .filter(Boolean)
    .join('\n\n');
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    ...(description ? { description } : {}),
    security: op.access === 'public' ? [] : [{ bearerAuth: [] }, { session: [] }],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(body ? { requestBody: body } : {}),
    responses: { ...responses, ...errorResponses(op) },
  };
}

/** The OpenAPI 3.1 description of every entry in `table`. */
export function openApiDocument(
  table: readonly TableEntry[],
  opts: { publicUrl: string; version: string },
): object {
  const paths: Record<string, Record<string, Json>> = {};
  for (const entry of table) {
    const item = (paths[entry.path] ??= {});
    if (isMount(entry)) {
      const responses: Record<string, Json> = {};
      for (const [status, spec] of Object.entries(entry.responses)) {
        responses[status] = response(spec, `${entry.id} ${status}`);
      }
      item.get = {
        operationId: entry.id,
        tags: [entry.tag],
        summary: entry.summary,
        ...(entry.description ? { description: entry.description } : {}),
        security: entry.security === 'none' ? [] : [{ bearerAuth: [] }, { session: [] }],
        responses,
      };
      continue;
    }
    if (item[entry.method]) throw new Error(`${entry.method} ${entry.path} is declared twice`);
    item[entry.method] = operationObject(entry);
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'connector-relay',
      version: opts.version,
      description:
        'Self-hosted webhook relay for Microsoft Teams: services post to an ingest URL, the ' +
        'relay verifies, queues, renders and delivers each event to a channel. Every refusal ' +
        'is `{"error":{"code","message"}}` with the status of its code.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: opts.publicUrl }],
    tags: TAGS,
    paths,
    components: {
      schemas: components(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The admin token or a user token (POST /api/v1/users).',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description:
            'Set by POST /admin/sign-in for 8 hours: what the dashboard calls the API with. ' +
            'A write must also send the page’s CSRF token as X-CSRF-Token, from the same origin.',
        },
      },
    },
  };
}

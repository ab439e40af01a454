/**
 * Serves the operation table with Express. For every request, in this order: the path
 * parameters are checked by their schemas (a malformed id is a 404 before any store call),
 * the caller is authenticated by token or dashboard session (dashboard/caller.ts) before a
 * byte of the body is read (so an unauthenticated upload costs nothing), the body is read
 * within its limit and validated, the query is validated, and the handler's reply is
 * written. Errors go to errors.ts, the one place an error becomes a response. A known path asked with another method is a 405 with `Allow`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { ZodType } from 'zod';
import { maskSecrets } from '../../core/audit.js';
import { RelayError } from '../../core/errors.js';
import type { LogFields, Logger } from '../../core/logger.js';
import type { Principal } from '../../core/policy.js';
import { requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { callerOf } from '../dashboard/caller.js';
import { redactPath } from '../redact-path.js';
import { annotateRequest, requestAnnotations, requestLogger } from '../request-log.js';
import { parseBody, parseQuery } from '../validate.js';
import type { AnyOperation, AnyReply, Context, MountSpec } from './operation.js';

/** API bodies are small JSON documents; ingest sets its own limit (INGEST_MAX_BYTES). */
export const API_BODY_LIMIT = 256 * 1024;

export type TableEntry = AnyOperation | MountSpec;

export const isMount = (entry: TableEntry): entry is MountSpec =>
  (entry as MountSpec).kind === 'mount';

/** `/api/v1/teams/{teamId}` → `/api/v1/teams/:teamId`. */
export const expressPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Runs one Express body parser to completion, so the handler decides when a body is read. */
export function runParser(
  parser: RequestHandler,
  req: Request | IncomingMessage,
  res: Response | ServerResponse,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Body-parser's errors are Errors with a `type`; errors.ts turns them into our codes.
    parser(req as Request, res as Response, (err?: unknown) =>
      err ? reject(err instanceof Error ? err : new Error('body could not be read')) : resolve(),
    );
  });
}

export function headerMap(raw: Request['headers']): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw))
    out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

const hasBody = (req: Request) =>
  Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;

/** `teamId` → "team": what a 404 for a malformed path id calls the thing. */
const nounOf = (param: string) => param.replace(/Id$/, '').replace(/^type$/, 'connector type');

/**
 * The dependencies as one request's handler sees them: every line written through them, by
 * the handler or by code it hands them to, carries the request's id.
 */
export function withLogger(deps: AppDeps, log: Logger): AppDeps {
  return { ...deps, logger: log };
}

export function checkParams(schema: ZodType | undefined, req: { params: unknown }): unknown {
  if (!schema) return {};
  const result = schema.safeParse(req.params);
  if (result.success) return result.data;
  const param = String(result.error.issues[0]?.path[0] ?? 'id');
  const value = String((req.params as Record<string, string>)[param] ?? '');
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  throw new RelayError('NOT_FOUND', `no ${nounOf(param)} '${shown}'`);
}

/** The body parsers of one operation, built once when the table is mounted. */
interface Parsers {
  json: RequestHandler;
  form: RequestHandler;
  raw: RequestHandler;
}

function parsersFor(limit: number): Parsers {
  return {
    json: express.json({ limit, strict: true }),
    form: express.urlencoded({ extended: false, limit, parameterLimit: 20 }),
    raw: express.raw({ type: () => true, limit }),
  };
}

async function readBody(
  op: AnyOperation,
  parsers: Parsers,
  req: Request,
  res: Response,
): Promise<unknown> {
  const spec = op.body;
  if (!spec || spec.kind === 'raw') return undefined;
  if (spec.kind === 'form') {
    await runParser(parsers.form, req, res);
    return parseBody(spec.schema, req.body);
  }
  // A body sent as anything but JSON would be read as nothing and silently do nothing.
  if (hasBody(req) && !req.is('application/json')) {
    throw new RelayError(
      'UNSUPPORTED_MEDIA_TYPE',
      'send the body as JSON with Content-Type: application/json',
    );
  }
  await runParser(parsers.json, req, res);
  return parseBody(spec.schema, req.body ?? (spec.optional ? {} : undefined));
}

/**
 * Schema messages may name a path template (`/api/v1/channels/{channelId}/rotate`): the
 * caller is told the path for the object it named.
 */
function withParams(err: unknown, params: Record<string, string>): unknown {
  if (!(err instanceof RelayError) || err.code !== 'VALIDATION_FAILED') return err;
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);
  const problems = (err.details?.problems as string[] | undefined)?.map(fill);
  return new RelayError(err.code, fill(err.message), problems ? { problems } : err.details);
}

function write(res: Response, reply: { status: number; headers?: object; body?: unknown }) {
  if (reply.headers) res.set(reply.headers as Record<string, string>);
  res.status(reply.status);
  if (reply.body === undefined) return void res.end();
  if (typeof reply.body === 'string') return void res.send(reply.body);
  res.json(reply.body);
}

/**
 * A successful change is in the audit log before its answer is sent, with the caller and the
 * relay's clock; secrets are masked. A log that cannot be written does not undo the change.
 */
async function recordAudit(reply: AnyReply, principal: Principal | undefined, deps: AppDeps) {
  const draft = reply.audit;
  if (!draft || reply.status >= 400 || !principal) return;
  try {
    await deps.store.audit.append({
      at: new Date(deps.clock.now()).toISOString(),
      actor: { id: principal.id, name: principal.name, kind: principal.kind },
      action: draft.action,
      target: draft.target,
      ...(draft.before !== undefined ? { before: maskSecrets(draft.before) } : {}),
      ...(draft.after !== undefined ? { after: maskSecrets(draft.after) } : {}),
    });
  } catch (err) {
    deps.logger.error('could not write the audit log', {
      action: draft.action,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}

/** The body parsers of an operation, within its limit (fixed, or read from the settings). */
export function operationParsers(op: AnyOperation, deps: AppDeps): Parsers {
  const limit =
    typeof op.bodyLimit === 'function' ? op.bodyLimit(deps) : (op.bodyLimit ?? API_BODY_LIMIT);
  return parsersFor(limit);
}

/** Calls the operation's `observe` once its answer is sent, with the time it took. */
export function observeAnswer(
  op: AnyOperation,
  deps: AppDeps,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const observe = op.observe;
  if (!observe) return;
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    observe(deps, { status: res.statusCode, seconds, fields: requestAnnotations(req) });
  });
}

function handlerFor(op: AnyOperation, deps: AppDeps): RequestHandler {
  const parsers = operationParsers(op, deps);
  return async (req, res) => {
    observeAnswer(op, deps, req, res);
    const params = checkParams(op.params, req);
    const headers = headerMap(req.headers);
    const origin = { protocol: req.protocol, host: req.get('host') };
    let principal: Principal | undefined;
    if (op.access !== 'public') {
      principal = await callerOf(deps, { method: req.method, headers, origin });
      if (op.access === 'admin') requireAdmin(principal);
    }
    const query = op.query ? parseQuery(op.query, req.query) : {};
    const log = requestLogger(req, deps.logger);
    const base = {
      params: params as never,
      query: query as never,
      principal: principal as Principal,
      headers,
      log,
      annotate: (fields: LogFields) => annotateRequest(req, fields),
      origin,
      deps: withLogger(deps, log),
    };
    const early = op.before?.(base);
    if (early) return write(res, early);
    const ctx: Context<unknown, unknown, unknown, 'bearer'> = {
      ...base,
      body: (await readBody(op, parsers, req, res).catch((err: unknown) => {
        throw withParams(err, req.params as Record<string, string>);
      })) as never,
      readRaw: async () => {
        await runParser(parsers.raw, req, res);
        return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      },
    };
    const reply = await op.handle(ctx);
    await recordAudit(reply, principal, base.deps);
    write(res, reply);
  };
}

/** Mounts every entry of the table, then the 405 answers for the paths it knows. */
export function mountTable(app: Express, table: readonly TableEntry[], deps: AppDeps): void {
  const methods = new Map<string, Set<string>>();
  // HEAD first: Express would otherwise answer a HEAD with the path's GET handler.
  const ordered = [...table].sort(
    (a, b) =>
      Number(!isMount(b) && b.method === 'head') - Number(!isMount(a) && a.method === 'head'),
  );
  for (const entry of ordered) {
    if (isMount(entry)) {
      const router = entry.router(deps);
      if (router) app.use(entry.path, router);
      continue;
    }
    const path = expressPath(entry.path);
    app[entry.method](path, handlerFor(entry, deps));
    const known = methods.get(path) ?? new Set<string>();
    known.add(entry.method.toUpperCase());
    if (entry.method === 'get') known.add('HEAD');
    methods.set(path, known);
  }
  for (const [path, known] of methods) {
    const allow = [...known].sort().join(', ');
    app.all(path, (req) => {
      throw new RelayError(
        'METHOD_NOT_ALLOWED',
        `${req.method} is not served at ${redactPath(req.path)}; use ${allow}`,
        undefined,
        { Allow: allow },
      );
    });
  }
}

/**
 * A shorter way in for the operations every webhook takes (ingest): a public operation whose
 * body is read raw and that has no query or guard is served straight from node:http, without
 * Express's router and its request and response decorations, which cost more per webhook than
 * the handler's own work. Everything else goes to Express. It is the same operation from the
 * same table: its params schema, body limit, handler, replies and metrics; the same request id,
 * log lines and error answers (request-log.ts, errors.ts) as mount.ts gives it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from '../../core/errors.js';
import type { LogFields } from '../../core/logger.js';
import type { AppDeps } from '../context.js';
import { logError } from '../errors.js';
import { annotateRequest, logRequest, requestLogger } from '../request-log.js';
import type { AnyOperation, AnyReply, Context } from './operation.js';
import {
  checkParams,
  headerMap,
  isMount,
  observeAnswer,
  operationParsers,
  runParser,
  withLogger,
  type TableEntry,
} from './mount.js';

interface Route {
  method: string;
  /** Matches the path as Express would (any case, an optional trailing slash). */
  pattern: RegExp;
  names: string[];
  serve: (req: IncomingMessage, res: ServerResponse, params: Record<string, string>) => void;
}

const servedDirectly = (op: AnyOperation) =>
  op.access === 'public' &&
  op.body?.kind === 'raw' &&
  op.query === undefined &&
  op.before === undefined &&
  (op.method === 'post' || op.method === 'put');

function patternOf(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}/?$`, 'i'), names };
}

/** Express's `res.json`, with its headers. */
function send(res: ServerResponse, reply: AnyReply): void {
  if (reply.headers) for (const [k, v] of Object.entries(reply.headers)) res.setHeader(k, v);
  res.statusCode = reply.status;
  if (reply.body === undefined) return void res.end();
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  if (!res.hasHeader('content-type'))
    res.setHeader(
      'Content-Type',
      typeof reply.body === 'string'
        ? 'text/html; charset=utf-8'
        : 'application/json; charset=utf-8',
    );
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

function routeFor(op: AnyOperation, deps: AppDeps): Route {
  const parsers = operationParsers(op, deps);
  const { pattern, names } = patternOf(op.path);
  const serve = (req: IncomingMessage, res: ServerResponse, raw: Record<string, string>) => {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    logRequest(deps.logger, req, res, path, () => {
      observeAnswer(op, deps, req, res);
      const run = async () => {
        const params = checkParams(op.params, { params: raw });
        const log = requestLogger(req, deps.logger);
        const ctx: Context<unknown, unknown, unknown, 'public'> = {
          params: params as never,
          query: {},
          principal: undefined,
          headers: headerMap(req.headers),
          log,
          annotate: (fields: LogFields) => annotateRequest(req, fields),
          origin: {
            protocol: 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http',
            host: req.headers.host,
          },
          deps: withLogger(deps, log),
          body: undefined,
          readRaw: async () => {
            await runParser(parsers.raw, req, res);
            const body = (req as { body?: unknown }).body;
            return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
          },
        };
        send(res, await op.handle(ctx));
      };
      run().catch((err: unknown) => {
        const relayError = logError(err, deps.logger, req, path);
        if (res.headersSent) return;
        send(res, {
          status: relayError.status,
          headers: relayError.headers,
          body: errorBody(relayError),
        });
      });
    });
  };
  return { method: op.method.toUpperCase(), pattern, names, serve };
}

/**
 * A request handler that serves the table's direct operations and answers false for every
 * other request (then Express serves it).
 */
export function directRoutes(
  table: readonly TableEntry[],
  deps: AppDeps,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const routes = table
    .filter((e): e is AnyOperation => !isMount(e) && servedDirectly(e))
    .map((op) => routeFor(op, deps));
  return (req, res) => {
    const url = req.url ?? '';
    for (const route of routes) {
      if (req.method !== route.method) continue;
      const query = url.indexOf('?');
      const m = route.pattern.exec(query < 0 ? url : url.slice(0, query));
      // Percent-encoded params are left to Express, which decodes (or refuses) them.
      if (!m || url.includes('%')) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = m[i + 1] ?? ''));
      route.serve(req, res, params);
      return true;
    }
    return false;
  };
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { LogFields, Logger } from '../core/logger.js';
import { redactPath } from './redact-path.js';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A caller's request id is kept when it looks like one (a UUID, a hex or base64 trace id),
 * so a proxy's id can be followed into our logs; anything else (too long, spaces, quotes,
 * control characters) is replaced, so log lines and headers never carry what a client typed.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:+/=-]{1,128}$/;

/** Probes and scrapes come every few seconds: their successful answers are logged at debug. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** What the relay learns about a request while handling it: its logger, and log fields. */
interface RequestState {
  log: Logger;
  fields: LogFields;
}
const states = new WeakMap<IncomingMessage, RequestState>();

/** The request's logger (with its request id), or `fallback` outside requestLog. */
export function requestLogger(req: IncomingMessage, fallback: Logger): Logger {
  return states.get(req)?.log ?? fallback;
}

/** Fields the request's own log line and any refusal line carry (the connector it was for). */
export function annotateRequest(req: IncomingMessage, fields: LogFields): void {
  const state = states.get(req);
  if (state) Object.assign(state.fields, fields);
}

export function requestAnnotations(req: IncomingMessage): LogFields {
  return states.get(req)?.fields ?? {};
}

/**
 * One line per request at info when the answer is sent (method, path with any ingest token
 * cut out, status, duration), a request id on every line of the request, and the id echoed
 * in `X-Request-Id`. Mount it first, so it sees every request.
 */
export function requestLog(logger: Logger): RequestHandler {
  // Captured now: routers rewrite req.url while they work. The query string is left out, it
  // can carry secrets (a Workflows URL's `sig`) as easily as the ingest path does.
  return (req, res, next) => logRequest(logger, req, res, req.path, next);
}

/**
 * What requestLog does, for a plain node:http request too (http/direct.ts): `path` is the
 * request's path without its query; `next` serves it.
 */
export function logRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  next: () => void,
): void {
  const started = process.hrtime.bigint();
  const header = req.headers['x-request-id'];
  const given = Array.isArray(header) ? header[0] : header;
  const reqId = given !== undefined && SANE_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, reqId);
  const log = logger.child({ reqId });
  const state: RequestState = { log, fields: {} };
  states.set(req, state);
  const method = req.method ?? 'GET';
  const path = redactPath(rawPath);

  let done = false;
  const finished = () => {
    if (done) return;
    done = true;
    const fields: LogFields = {
      method,
      path,
      status: res.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      ...state.fields,
      ...(res.writableFinished ? {} : { aborted: true }),
    };
    if (QUIET_PATHS.has(path) && res.statusCode < 400) log.debug('request', fields);
    else log.info('request', fields);
  };
  res.once('finish', finished);
  res.once('close', finished); // the client went away before the answer was sent
  next();
}

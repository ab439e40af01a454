import type { IncomingMessage } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { RelayError, errorBody } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { redactPath } from './redact-path.js';
import { requestAnnotations, requestLogger } from './request-log.js';

/**
 * The one place an error becomes a response: `{"error":{"code","message"}}`. A refusal (4xx)
 * is logged at info, so a failed signature is visible at the default level with the connector
 * it was meant for; a failure (5xx) at error, with the stack. Through the request's logger
 * (request-log.ts) when there is one, so the line has the request id and what the handler
 * learnt (ingest names the connector before verifying, so refusals can name it).
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const relayError = logError(err, logger, req, req.path);
    if (res.headersSent) return;
    if (relayError.headers) res.set(relayError.headers);
    res.status(relayError.status).json(errorBody(relayError));
  };
}

/** The error as a RelayError, logged as errorMiddleware logs it; `path` without the query. */
export function logError(
  err: unknown,
  logger: Logger,
  req: IncomingMessage,
  path: string,
): RelayError {
  const relayError = toRelayError(err);
  const log = requestLogger(req, logger);
  const fields = {
    method: req.method,
    path: redactPath(path),
    status: relayError.status,
    code: relayError.code,
    ...requestAnnotations(req),
  };
  if (relayError.status >= 500) {
    log.error('request failed', { ...fields, err: err instanceof Error ? err : String(err) });
  } else {
    log.info('request refused', { ...fields, message: relayError.message });
  }
  return relayError;
}

/** Body-parser and other library errors carry `type` and `status`; give them our codes. */
export function toRelayError(err: unknown): RelayError {
  if (err instanceof RelayError) return err;
  const e = (err ?? {}) as { type?: string; status?: number; limit?: number; message?: string };
  switch (e.type ?? '') {
    case 'entity.too.large':
      return new RelayError(
        'PAYLOAD_TOO_LARGE',
        `body is larger than the limit of ${e.limit ?? '?'} bytes`,
      );
    case 'entity.parse.failed':
      // The parser says where it stopped ("... at position 12 (line 1 column 13)"); the body is
      // the caller's own, so quoting a little of it back is no leak.
      return new RelayError(
        'BAD_REQUEST',
        `body is not valid JSON: ${(e.message ?? 'unreadable').slice(0, 200)}`,
      );
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new RelayError('UNSUPPORTED_MEDIA_TYPE', e.message ?? 'unsupported encoding');
    case 'request.aborted':
      return new RelayError('BAD_REQUEST', 'request aborted');
    default:
      break;
  }
  // Redis unreachable: a passing outage, not a bug; senders and clients should retry.
  if (
    err instanceof Error &&
    /MaxRetriesPerRequest|Connection is closed|ECONNREFUSED|Stream isn't writeable/.test(
      `${err.name} ${err.message}`,
    )
  ) {
    return new RelayError('NOT_READY', 'storage is unavailable; retry later');
  }
  if (e.status && e.status >= 400 && e.status < 500)
    return new RelayError('BAD_REQUEST', e.message ?? 'bad request');
  return new RelayError('INTERNAL', 'internal error');
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new RelayError('NOT_FOUND', `no route for ${req.method} ${redactPath(req.path)}`));
};

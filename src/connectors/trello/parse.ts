import type { IngestRequest, ParseResult } from '../types.js';

/** Trello always posts JSON; the body must be one JSON object. */
export function parseTrello(req: IngestRequest): ParseResult {
  let payload: unknown;
  try {
    payload = JSON.parse(req.rawBody.toString('utf8'));
  } catch {
    // A fixed message: the parser's own message quotes the body, which must not reach logs.
    return { ok: false, message: 'body is not valid JSON' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, message: 'body is not a JSON object' };
  }
  return { ok: true, payload };
}

import type { IngestRequest, ParseResult } from '../types.js';

const FORM = 'application/x-www-form-urlencoded';

/**
 * One JSON object from text. The message is fixed: the parser's own quotes the body, which
 * must not reach logs (it may be unsigned). Never throws.
 */
export function parseJsonObject(text: string): ParseResult {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { ok: false, message: 'body is not valid JSON' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, message: 'body is not a JSON object' };
  }
  return { ok: true, payload };
}

/** The verified body as one JSON object. */
export function parseJsonBody(req: IngestRequest): ParseResult {
  return parseJsonObject(req.rawBody.toString('utf8'));
}

/** The body's media type, lower-cased, without parameters. */
export function mediaType(req: IngestRequest): string | undefined {
  return req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export function isFormBody(req: IngestRequest): boolean {
  return mediaType(req) === FORM;
}

/** One field of an `application/x-www-form-urlencoded` body, decoded. */
export function formField(text: string, field: string): string | undefined {
  return new URLSearchParams(text).get(field) ?? undefined;
}

/** Any JSON value (not only an object), for senders that accept whatever is posted. */
export function parseAnyJson(req: IngestRequest): ParseResult {
  try {
    return { ok: true, payload: JSON.parse(req.rawBody.toString('utf8')) as unknown };
  } catch {
    return { ok: false, message: 'body is not valid JSON' };
  }
}

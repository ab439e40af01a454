import { isFormBody, parseJsonBody } from '../kit/body.js';
import type { IngestRequest, ParseResult } from '../types.js';

/** Fields read from a form-encoded body; a template has a few dozen at most. */
const MAX_FORM_FIELDS = 100;

/**
 * JSON, or with "Encode as form" the template's fields as `application/x-www-form-urlencoded`
 * (flat: each top-level field one form field).
 */
export function parseDatadog(req: IngestRequest): ParseResult {
  if (!isFormBody(req)) return parseJsonBody(req);
  const payload: Record<string, string> = Object.create(null) as Record<string, string>;
  let fields = 0;
  for (const [key, value] of new URLSearchParams(req.rawBody.toString('utf8'))) {
    if (++fields > MAX_FORM_FIELDS) break;
    if (!Object.hasOwn(payload, key)) payload[key] = value;
  }
  return { ok: true, payload };
}

import { formField, mediaType, parseJsonObject } from '../kit/body.js';
import type { IngestRequest, ParseResult } from '../types.js';

/**
 * Reads a verified body. A hook configured with content type "form" sends
 * `payload=<urlencoded JSON>`; the signature covers those raw bytes, so decoding happens only
 * here, after verification. Never throws.
 */
export function parseGitHubBody(req: IngestRequest): ParseResult {
  const text = req.rawBody.toString('utf8');
  if (!isForm(req, text)) return parseJsonObject(text);
  const json = formField(text, 'payload');
  if (json === undefined) return { ok: false, message: 'form body has no payload field' };
  return parseJsonObject(json);
}

function isForm(req: IngestRequest, text: string): boolean {
  const type = mediaType(req);
  if (type) return type === 'application/x-www-form-urlencoded';
  // Some proxies drop Content-Type; a GitHub form body always starts this way.
  return text.startsWith('payload=');
}

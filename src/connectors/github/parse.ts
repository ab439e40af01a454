import type { IngestRequest, ParseResult } from '../types.js';

const FORM = 'application/x-www-form-urlencoded';

/**
 * Reads a verified body. A hook configured with content type "form" sends
 * `payload=<urlencoded JSON>`; the signature covers those raw bytes, so decoding happens only
 * here, after verification. Never throws.
 */
export function parseGitHubBody(req: IngestRequest): ParseResult {
  const text = req.rawBody.toString('utf8');
  const json = isForm(req.headers['content-type'], text) ? formPayload(text) : text;
  if (json === undefined) return { ok: false, message: 'form body has no payload field' };

  let payload: unknown;
  try {
    payload = JSON.parse(json);
  } catch {
    return { ok: false, message: 'body is not valid JSON' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, message: 'body is not a JSON object' };
  }
  return { ok: true, payload };
}

function isForm(contentType: string | undefined, text: string): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType) return mediaType === FORM;
  // Some proxies drop Content-Type; a GitHub form body always starts this way.
  return text.startsWith('payload=');
}

function formPayload(text: string): string | undefined {
  return new URLSearchParams(text).get('payload') ?? undefined;
}

import type { DestinationKind } from '../core/destination.js';

/** What the destination answered; the body is at most a prefix of what it sent. */
export interface DeliveryResponse {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** A response, or the stable code of the failure that prevented one (never containing the URL). */
export type DeliveryResult = DeliveryResponse | { networkError: string };

/** What the worker must do with one attempt; it obeys, it does not re-decide. */
export type Outcome =
  | { type: 'delivered' }
  | { type: 'retry'; reason: string; retryAfterMs?: number }
  /** The URL no longer works: park the deliveries and ask for a new URL. */
  | { type: 'gone'; reason: string }
  /** Shrink or split; resending the same bytes can never succeed. */
  | { type: 'too_large'; reason: string }
  /** The card itself is refused: dead-letter with the reason. */
  | { type: 'rejected'; reason: string };

export const RETRY_AFTER_MIN_MS = 1_000;
export const RETRY_AFTER_MAX_MS = 60 * 60 * 1_000;

/*
 * Legacy O365 throttling arrives as a 200 with the 429 in the text and no Retry-After;
 * Microsoft's support advice was to wait 10-15 s, so that is the hint given to the backoff.
 */
const O365_THROTTLE_WAIT_MS = 15_000;

const INNER_STATUS = /returned HTTP error (\d{3})/;

export function classifyResponse(kind: DestinationKind, res: DeliveryResult, now: number): Outcome {
  if ('networkError' in res) {
    // Teams has no idempotency key: after a timeout the card may already be posted, and a retry
    // can post it twice. At-least-once is the product's promise, so retry anyway.
    return { type: 'retry', reason: `network error ${res.networkError}` };
  }
  const { status } = res;
  switch (kind) {
    case 'workflows':
      // 202 is what the trigger answers; 200 comes from flows that end in a Response action.
      // Other 2xx also come from such flows: the flow ran, and resending would post twice.
      if (status >= 200 && status < 300) return { type: 'delivered' };
      return byStatus(status, res, now, detail(res.body));
    case 'o365':
      return classifyO365(res, now);
    case 'other':
      if (status >= 200 && status < 300) return { type: 'delivered' };
      return byStatus(status, res, now, detail(res.body));
  }
}

/**
 * O365 success is a whitelist: 200 with the body `1`. Surrounding whitespace is tolerated
 * because wrongly calling a success a failure would repost the card on every retry.
 */
function classifyO365(res: DeliveryResponse, now: number): Outcome {
  const text = res.body.trim();
  if (res.status === 200 && text === '1') return { type: 'delivered' };
  if (res.status !== 200) return byStatus(res.status, res, now, detail(res.body));

  const inner = INNER_STATUS.exec(text)?.[1];
  if (inner !== undefined) {
    const code = Number(inner);
    const where = `Teams reported HTTP ${code} inside a 200 answer`;
    if (code === 429) {
      const hinted = retryAfterMs(res.headers, now) ?? O365_THROTTLE_WAIT_MS;
      return { type: 'retry', reason: `${where} (throttled)`, retryAfterMs: hinted };
    }
    if (code < 200 || code >= 300) return byStatus(code, res, now, where);
  }
  // An unknown text in a 200 is not a success (whitelist). The permanent refusals Teams is known
  // to send are real 4xx or carry an inner code, so an unrecognised answer is most likely a
  // passing fault of the connector service: retry, and keep the text in the reason so the
  // attempt log shows it instead of hiding it.
  return {
    type: 'retry',
    reason: `unrecognised 200 answer: ${detail(res.body) || '(empty body)'}`,
  };
}

/** The shared status rules; `context` describes the answer for the reason. */
function byStatus(status: number, res: DeliveryResponse, now: number, context: string): Outcome {
  const why = (summary: string): string => (context ? `${summary}: ${context}` : summary);
  if (status === 429 || status === 408 || status === 425 || status >= 500) {
    const hinted = retryAfterMs(res.headers, now);
    const outcome: Outcome = { type: 'retry', reason: why(`HTTP ${status}`) };
    return hinted === undefined ? outcome : { ...outcome, retryAfterMs: hinted };
  }
  if (status === 404 || status === 410) {
    return { type: 'gone', reason: why(`HTTP ${status}, the webhook no longer exists`) };
  }
  // 401/403 mean the URL's signature or the flow behind it is refused (regenerated URL, flow
  // turned off, owner left). No other card would fare better and resending cannot help; only a
  // new URL can. That is 'gone' (park, ask for a URL), so the events are replayed once fixed
  // instead of being dead-lettered as if the card were bad.
  if (status === 401 || status === 403) {
    return { type: 'gone', reason: why(`HTTP ${status}, the webhook URL is refused`) };
  }
  if (status === 413) return { type: 'too_large', reason: why('HTTP 413, the card is too large') };
  // Redirects are not followed (a moved webhook is a new URL, and following is an SSRF hazard).
  if (status >= 300 && status < 400) {
    return { type: 'gone', reason: why(`HTTP ${status} redirect, the webhook has moved`) };
  }
  if (status >= 400 && status < 500) return { type: 'rejected', reason: why(`HTTP ${status}`) };
  // 1xx/2xx that the kind does not count as success, or a nonsense status.
  return { type: 'retry', reason: why(`unexpected HTTP ${status}`) };
}

/**
 * Retry-After in seconds or as an HTTP date, bounded to 1 s..1 h; undefined when absent or
 * unreadable. A date in the past still waits the minimum rather than hammering.
 */
export function retryAfterMs(
  headers: Record<string, string | string[] | undefined>,
  now: number,
): number | undefined {
  const raw = headerValue(headers, 'retry-after')?.trim();
  if (!raw) return undefined;
  let ms: number;
  if (/^\d+$/.test(raw)) ms = Number(raw) * 1_000;
  // HTTP dates start with a day name; Date.parse alone would read "1.5" or "-5" as dates.
  else if (/^[A-Za-z]{3,9},? /.test(raw) && !Number.isNaN(Date.parse(raw))) {
    ms = Date.parse(raw) - now;
  } else return undefined;
  return Math.min(RETRY_AFTER_MAX_MS, Math.max(RETRY_AFTER_MIN_MS, ms));
}

function headerValue(
  headers: Record<string, string | string[] | undefined>,
  name: string,
): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name) continue;
    return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

const DETAIL_MAX = 200;

/**
 * A short, single-line excerpt of an error body for humans: the `code: message` of a Workflows
 * JSON error, else the text. URLs are blanked in case a body echoes one back.
 */
function detail(body: string): string {
  let text = body;
  try {
    const parsed: unknown = JSON.parse(body);
    const error = (parsed as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (error && typeof error === 'object') {
      text = [error.code, error.message].filter((x) => typeof x === 'string').join(': ');
    }
  } catch {
    // not JSON: use the text as it is
  }
  const line = text
    .replace(/[a-z][a-z0-9+.-]*:\/\/\S+/gi, '[url]')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > DETAIL_MAX ? `${line.slice(0, DETAIL_MAX - 1)}…` : line;
}

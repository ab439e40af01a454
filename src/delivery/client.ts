import { Agent, request, type Dispatcher } from 'undici';
import type { DeliveryResult } from './classify.js';

export interface DeliveryClientOptions {
  /** Bring your own (tests, proxies); it is not closed by `close()`. */
  dispatcher?: Dispatcher;
  /** Connect, headers and between-chunk body timeout. Default 10 s. */
  timeoutMs?: number;
  userAgent?: string;
  /** Sockets per host. Posts in flight are bounded by the worker's concurrency, so match it. Default 32. */
  connectionsPerOrigin?: number;
}

export interface DeliveryClient {
  /** POST a JSON body. Resolves for every HTTP or network outcome; never rejects. */
  post(url: string, body: string, headers?: Record<string, string>): Promise<DeliveryResult>;
  close(): Promise<void>;
}

// Teams answers are a few bytes; a big body is an error page at best, so read a prefix only.
const MAX_RESPONSE_BYTES = 64 * 1024;

export function createDeliveryClient(opts: DeliveryClientOptions = {}): DeliveryClient {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const userAgent = opts.userAgent ?? 'connector-relay';
  const owned = opts.dispatcher === undefined;
  const dispatcher =
    opts.dispatcher ??
    new Agent({
      connections: opts.connectionsPerOrigin ?? 32,
      connectTimeout: timeoutMs,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });

  return {
    async post(url, body, extraHeaders) {
      try {
        // No redirect interceptor: a webhook that redirects is a moved URL, and following
        // would let a destination point the relay anywhere.
        const res = await request(url, {
          method: 'POST',
          body,
          dispatcher,
          headers: {
            ...extraHeaders,
            'content-type': 'application/json',
            'user-agent': userAgent,
          },
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          // bodyTimeout is per chunk; this bounds a server that trickles bytes forever. The
          // extra second covers undici's coarse (~0.5 s) timers for the finer timeouts.
          signal: AbortSignal.timeout(timeoutMs * 3 + 1_000),
        });
        return { status: res.statusCode, body: await readPrefix(res.body), headers: res.headers };
      } catch (err) {
        return { networkError: errorCode(err) };
      }
    },
    async close() {
      if (owned) await dispatcher.close();
    },
  };
}

/**
 * Reads at most MAX_RESPONSE_BYTES as UTF-8 and cancels the rest, so the socket is released
 * either way. A failure mid-body keeps what was read: the status already says what happened,
 * and turning a 202 into a network error would make the worker post the card again.
 */
async function readPrefix(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= MAX_RESPONSE_BYTES) break; // leaving the loop destroys the stream
    }
  } catch {
    // keep the prefix read so far
  } finally {
    if (!body.readableEnded && !body.destroyed) body.destroy();
  }
  return Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString('utf8');
}

/**
 * A stable code (UND_ERR_CONNECT_TIMEOUT, ECONNREFUSED, ...) and nothing else: error messages
 * can carry the host or the URL, which is a secret.
 */
function errorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null) return 'UNKNOWN_ERROR';
  const e = err as { code?: unknown; name?: unknown; errors?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && /^[A-Z][A-Z0-9_]*$/.test(e.code)) return e.code;
  if (e.name === 'TimeoutError') return 'REQUEST_DEADLINE_EXCEEDED';
  // Happy-eyeballs connects fail with an AggregateError of per-address errors.
  if (Array.isArray(e.errors) && e.errors.length > 0) return errorCode(e.errors[0]);
  if (e.cause !== undefined) return errorCode(e.cause);
  return typeof e.name === 'string' && /^\w+$/.test(e.name) ? e.name : 'UNKNOWN_ERROR';
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * A lean stand-in for a Teams Workflows webhook: 202 with an empty body, counting posts per
 * workflow id. It does no parsing, so it is never the bottleneck of a run.
 */
export interface Sink {
  origin: string;
  host: string;
  workflowsUrl(id: string): string;
  total(): number;
  /** Request body bytes received since the last reset. */
  bytes(): number;
  count(id: string): number;
  /** performance.now() when the most recent post was fully received. */
  lastAt(): number;
  /** Resolves with the arrival time of the post that brought the total to `n`. */
  waitForTotal(n: number, timeoutMs: number): Promise<number>;
  /** Resolves with the arrival time of the `n`-th post to `id` (or of its latest, if more came). */
  waitFor(id: string, n: number, timeoutMs: number): Promise<number>;
  reset(): void;
  close(): Promise<void>;
}

const MARK = '/workflows/';

function idOf(url: string): string {
  const at = url.indexOf(MARK);
  if (at < 0) return url;
  const start = at + MARK.length;
  const end = url.indexOf('/', start);
  return url.slice(start, end < 0 ? undefined : end);
}

export async function startSink(): Promise<Sink> {
  let counts = new Map<string, { n: number; last: number }>();
  let total = 0;
  let bytes = 0;
  let last = 0;
  const waiters = new Set<() => void>();

  const server = createServer((req, res) => {
    const id = idOf(req.url ?? '/');
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      last = performance.now();
      total++;
      const c = counts.get(id);
      if (c) {
        c.n++;
        c.last = last;
      } else counts.set(id, { n: 1, last });
      res.writeHead(202, { 'content-length': '0' }).end();
      for (const wake of waiters) wake();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  const origin = `http://${host}`;

  const waitUntil = (done: () => boolean, at: () => number, what: string, timeoutMs: number) =>
    new Promise<number>((resolve, reject) => {
      if (done()) return resolve(at());
      const check = () => {
        if (!done()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve(at());
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`sink: ${what} not reached in ${timeoutMs} ms (total ${total})`));
      }, timeoutMs);
      waiters.add(check);
    });

  return {
    origin,
    host,
    workflowsUrl: (id) =>
      `${origin}/powerautomate/automations/direct/workflows/${id}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=abc`,
    total: () => total,
    bytes: () => bytes,
    count: (id) => counts.get(id)?.n ?? 0,
    lastAt: () => last,
    waitForTotal: (n, timeoutMs) =>
      waitUntil(
        () => total >= n,
        () => last,
        `${n} posts`,
        timeoutMs,
      ),
    waitFor: (id, n, timeoutMs) =>
      waitUntil(
        () => (counts.get(id)?.n ?? 0) >= n,
        () => counts.get(id)?.last ?? last,
        `${n} posts to ${id}`,
        timeoutMs,
      ),
    reset() {
      counts = new Map();
      total = 0;
      bytes = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/** One ingest URL (path on the system under test) with the body and signature to send. */
export interface Target {
  /** Workflow id the sink sees for this target's channel. */
  sinkId: string;
  path: string;
  body: string;
  signature: string;
}

export interface LoadResult {
  /** Ack latency per request (send -> response status), ms. */
  latencies: Float64Array;
  firstSendAt: number;
  lastAckAt: number;
  /** Answers other than 202, by status. */
  unexpected: Map<number, number>;
}

/** Keep-alive client for the system under test; one socket per in-flight request. */
export function loadClient(origin: string, connections: number): Pool {
  return new Pool(origin, {
    connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
    headersTimeout: 10_000,
    bodyTimeout: 10_000,
  });
}

async function send(pool: Pool, t: Target): Promise<number> {
  const res = await pool.request({
    path: t.path,
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/bench',
      'x-github-event': 'push',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': t.signature,
    },
    body: t.body,
  });
  await res.body.dump();
  return res.statusCode;
}

/**
 * Closed loop: `concurrency` requests in flight until `n` have been answered, round-robin
 * over `targets`. Bounded by `timeoutMs`.
 */
export async function runLoad(
  pool: Pool,
  targets: Target[],
  n: number,
  concurrency: number,
  timeoutMs: number,
): Promise<LoadResult> {
  const latencies = new Float64Array(n);
  const unexpected = new Map<number, number>();
  const deadline = performance.now() + timeoutMs;
  let next = 0;
  let lastAckAt = 0;
  const firstSendAt = performance.now();
  const loop = async () => {
    for (let i = next++; i < n; i = next++) {
      if (performance.now() > deadline)
        throw new Error(`load: ${i} of ${n} sent in ${timeoutMs} ms`);
      const t0 = performance.now();
      const status = await send(pool, targets[i % targets.length]!);
      lastAckAt = performance.now();
      latencies[i] = lastAckAt - t0;
      if (status !== 202) unexpected.set(status, (unexpected.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, loop));
  return { latencies, firstSendAt, lastAckAt, unexpected };
}

/**
 * Open loop: `n` requests at a fixed rate, each sent on schedule whether or not earlier ones
 * were answered, so the latencies are not just the closed loop's queueing (Little's law).
 */
export async function runPaced(
  pool: Pool,
  targets: Target[],
  n: number,
  perSecond: number,
  timeoutMs: number,
): Promise<LoadResult> {
  const latencies = new Float64Array(n);
  const unexpected = new Map<number, number>();
  const firstSendAt = performance.now();
  let lastAckAt = firstSendAt;
  const sent: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const due = firstSendAt + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (performance.now() - firstSendAt > timeoutMs) throw new Error(`paced: ${i} of ${n} sent`);
    const t0 = performance.now();
    sent.push(
      send(pool, targets[i % targets.length]!).then((status) => {
        lastAckAt = performance.now();
        latencies[i] = lastAckAt - t0;
        if (status !== 202) unexpected.set(status, (unexpected.get(status) ?? 0) + 1);
      }),
    );
  }
  await Promise.all(sent);
  return { latencies, firstSendAt, lastAckAt, unexpected };
}

/** One request; returns its send time and status. */
export async function sendOne(pool: Pool, t: Target): Promise<{ at: number; status: number }> {
  const at = performance.now();
  return { at, status: await send(pool, t) };
}

import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { request } from 'undici';

/**
 * The bare pipeline the relay is measured against: read the body, add a small job, 202; a
 * worker posts a fixed small Adaptive Card per job. No verification, no per-channel state.
 * Ingest paths are `/hooks/<channel index>`; posts go to workflow `b<index>` on the sink.
 */
export interface BaselineOptions {
  redisUrl: string;
  prefix: string;
  concurrency: number;
  /** False: accept only, jobs stay queued (the deep-queue measurement). */
  worker?: boolean;
  /** Sink URL for a channel index. */
  destination: (channel: number) => string;
}

const QUEUE = 'bench-baseline';

const CARD = JSON.stringify({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: [
          { type: 'TextBlock', text: 'acme/widgets: 5 new commits on main', weight: 'Bolder' },
          { type: 'TextBlock', text: 'Commit number 4', wrap: true },
        ],
      },
    },
  ],
});

interface JobData {
  c: number;
  d: string;
  at: number;
}

export async function startBaseline(opts: BaselineOptions) {
  // BullMQ 6 takes clients rather than building its own: one for the producer, one (with no
  // retry limit, which BullMQ requires of workers) that the worker duplicates for its blocking
  // fetch. Both stay ours to quit.
  const redis = new Redis(opts.redisUrl, { enableAutoPipelining: true, maxRetriesPerRequest: 3 });
  const workerRedis = new Redis(opts.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue<JobData>(QUEUE, {
    connection: redis,
    prefix: opts.prefix,
    defaultJobOptions: { removeOnComplete: true, removeOnFail: { count: 1000 } },
  });
  const worker = new Worker<JobData>(
    QUEUE,
    async (job) => {
      const res = await request(opts.destination(job.data.c), {
        method: 'POST',
        body: CARD,
        headers: { 'content-type': 'application/json' },
      });
      await res.body.dump();
      if (res.statusCode >= 300) throw new Error(`sink answered ${res.statusCode}`);
    },
    {
      connection: workerRedis,
      prefix: opts.prefix,
      concurrency: opts.concurrency,
      autorun: opts.worker !== false,
    },
  );
  worker.on('error', () => {});

  const server = createServer((req, res) => {
    const channel = Number((req.url ?? '').slice('/hooks/'.length));
    req.on('data', () => {});
    req.on('end', () => {
      const data = { c: channel, d: String(req.headers['x-github-delivery']), at: Date.now() };
      queue.add('e', data).then(
        () => res.writeHead(202, { 'content-type': 'application/json' }).end('{"status":"queued"}'),
        () => res.writeHead(503).end(),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeIdleConnections();
      await stopped;
      await worker.close();
      await workerRedis.quit();
      await queue.close();
      await redis.quit();
    },
  };
}

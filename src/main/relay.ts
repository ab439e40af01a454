import type { Server } from 'node:http';
import { Queue } from 'bullmq';
import type { Dispatcher } from 'undici';
import { Redis } from 'ioredis';
import type { Config } from '../config/index.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import { relayInstruments } from '../core/metrics.js';
import { createDeliveryClient } from '../delivery/client.js';
import { probeDestination } from '../delivery/probe.js';
import { PRODUCER_REDIS_OPTIONS, WORKER_REDIS_OPTIONS } from '../queue/connections.js';
import { createOperatorAlerts } from '../queue/operator-alerts.js';
import { createEnqueuer } from '../queue/enqueuer.js';
import { createFlushProcessor } from '../queue/flush.js';
import { DELIVERY_QUEUE, type FlushJobData } from '../queue/flush-job.js';
import { createOutbox } from '../queue/outbox.js';
import { createReconciler } from '../queue/reconciler.js';
import { createDeliveryWorker } from '../queue/worker.js';
import { buildApp, buildHealthApp } from '../relay/app.js';
import type { AppDeps } from '../relay/context.js';
import { createDashboardSessions } from '../relay/dashboard/session.js';
import { createStore } from '../store/index.js';
import { bootstrapAdminToken } from './admin-token.js';
import { HTTP_TIMEOUTS, createHttpServer, type HttpTimeouts } from './http-timeouts.js';
import { listen } from './listen.js';
import { createPromMetrics } from './metrics.js';
import { checkRedisDurability } from './redis-checks.js';
import { registerRedisGauges } from './redis-gauges.js';
import { resolveRedis } from './redis-resolve.js';

export interface RunningRelay {
  /** Where the HTTP server listens, e.g. http://127.0.0.1:3000. */
  url: string;
  /** The address actually bound, e.g. 0.0.0.0:3000 or [::]:3000. */
  address: string;
  /** Set on first start when no ADMIN_TOKEN was configured: print it once. */
  generatedAdminToken: string | undefined;
  redisSource: string;
  /** Graceful stop: stop accepting, finish in-flight work, close queues and Redis. */
  close(): Promise<void>;
}

export interface RelayOverrides {
  clock?: Clock;
  /** Delivery HTTP options (tests point this at a fake Teams with short timeouts). */
  deliveryTimeoutMs?: number;
  /** Where delivery POSTs go (tests intercept real Teams hosts with undici's MockAgent). */
  deliveryDispatcher?: Dispatcher;
  reconcileIntervalMs?: number;
  /** Shorter server timeouts, so tests can see them act. */
  httpTimeouts?: Partial<HttpTimeouts>;
  /** The retry jitter's source ([0, 1)); tests make backoff predictable with it. */
  random?: () => number;
}

/** Builds every real dependency for the configured role and starts it. */
export async function startRelay(
  config: Config,
  logger: Logger,
  overrides: RelayOverrides = {},
): Promise<RunningRelay> {
  const clock = overrides.clock ?? systemClock;
  const redisInfo = await resolveRedis({
    redisUrl: config.redisUrl,
    dataDir: config.dataDir,
    logger,
  });
  const redis = new Redis(redisInfo.url, { enableAutoPipelining: true, maxRetriesPerRequest: 3 });
  redis.on('error', (err: Error) => logger.warn('redis connection error', { error: err.message }));
  await redis.ping();
  await checkRedisDurability(redis, logger);

  const store = createStore(redis, config.redisPrefix);
  const outbox = createOutbox(redis, store.keys);
  const bullPrefix = `${config.redisPrefix}:bull`;
  // BullMQ gets its own connection: it registers dozens of scripts on it, which ioredis then
  // copies into every MULTI and pipeline the store and outbox make. It leaves clients it was
  // handed open: this one is quit after the queue is closed.
  const bullRedis = new Redis(redisInfo.url, PRODUCER_REDIS_OPTIONS);
  const queue = new Queue<FlushJobData>(DELIVERY_QUEUE, {
    connection: bullRedis,
    prefix: bullPrefix,
  });
  const enqueuer = createEnqueuer(outbox, queue, logger);
  const alerts = createOperatorAlerts({ store, enqueuer, clock, logger });

  const runsApi = config.role !== 'worker';
  const runsWorker = config.role !== 'api';

  // Listen first, so an unset PUBLIC_URL can default to the port actually bound.
  const server: Server = createHttpServer({ ...HTTP_TIMEOUTS, ...overrides.httpTimeouts });
  // A busy port ends the start with a StartupError that says to set PORT; close what is open.
  const bound = await listen(server, config.port, config.host).catch(async (err: unknown) => {
    await queue.close();
    await bullRedis.quit();
    await redis.quit();
    await redisInfo.stop();
    throw err;
  });
  const { port } = bound;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const publicUrl = config.publicUrl ?? `http://localhost:${port}`;

  // Rotations check the new URL without posting a card (delivery/probe.ts).
  const probeClient = createDeliveryClient({
    timeoutMs: Math.min(5_000, overrides.deliveryTimeoutMs ?? config.deliveryTimeoutMs),
    connectionsPerOrigin: 4,
    ...(overrides.deliveryDispatcher ? { dispatcher: overrides.deliveryDispatcher } : {}),
  });
  const metrics = createPromMetrics();
  registerRedisGauges(metrics.registry, { channels: store.channels, outbox, clock, logger });
  const instruments = relayInstruments(metrics);
  const deps: AppDeps = {
    metrics,
    instruments,
    config: { ...config, publicUrl },
    store,
    outbox,
    enqueuer,
    clock,
    logger,
    redisReady: async () => (await redis.ping()) === 'PONG',
    alerts,
    probe: (url, kind) => probeDestination(probeClient, url, kind, () => clock.now()),
    // bull-board reads the delivery queue; dashboard sessions live beside the store's keys.
    queueDashboard: { queue },
    sessions: createDashboardSessions(redis, store.keys.prefix),
  };
  const app = runsApi ? buildApp(deps) : buildHealthApp(deps);
  server.on('request', app);

  let stopWorker = async () => {};
  if (runsWorker) {
    const client = createDeliveryClient({
      timeoutMs: overrides.deliveryTimeoutMs ?? config.deliveryTimeoutMs,
      // Every Workflows channel of a tenant usually shares one host: allow as many sockets
      // as there can be posts in flight (one per channel being flushed).
      connectionsPerOrigin: config.workerConcurrency,
      ...(overrides.deliveryDispatcher ? { dispatcher: overrides.deliveryDispatcher } : {}),
    });
    let stopping = false;
    const flush = createFlushProcessor({
      store,
      outbox,
      client,
      clock,
      logger,
      random: overrides.random ?? Math.random,
      retryHorizonMs: config.retryHorizonMs,
      switchHoldMs: config.switchHoldSeconds * 1000,
      instruments,
      alerts,
      stopping: () => stopping,
    });
    const workerRedis = new Redis(redisInfo.url, WORKER_REDIS_OPTIONS);
    const worker = createDeliveryWorker(flush, {
      connection: workerRedis,
      prefix: bullPrefix,
      concurrency: config.workerConcurrency,
      logger,
      undrain: (jobId) => enqueuer.undrain(jobId, clock.now()),
    });
    void worker
      .run()
      .catch((err: unknown) => logger.error('worker stopped', { error: String(err) }));
    const reconcile = createReconciler(outbox, queue, enqueuer, logger);
    const tick = () =>
      void reconcile().catch((err: unknown) =>
        logger.warn('reconcile failed', { error: String(err) }),
      );
    tick();
    const timer = setInterval(tick, overrides.reconcileIntervalMs ?? 15_000);
    timer.unref();
    stopWorker = async () => {
      clearInterval(timer);
      stopping = true; // flushes hand their channel back after the post in flight
      await worker.close(); // waits for in-flight flushes
      await client.close();
      await workerRedis.quit();
    };
  }

  // Only now that the server listens and everything runs: a start that failed earlier (a
  // busy port) must not keep the hash of a token nobody was shown.
  const generatedAdminToken = await bootstrapAdminToken(store.org, config.adminToken);

  const address = `${bound.family === 'IPv6' ? `[${bound.address}]` : bound.address}:${port}`;
  logger.info('connector-relay started', {
    role: config.role,
    address,
    port,
    redis: redisInfo.source,
    publicUrl,
  });

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    address,
    generatedAdminToken,
    redisSource: redisInfo.source,
    close: () =>
      (closing ??= (async () => {
        const stopped = new Promise<void>((done) => server.close(() => done()));
        server.closeIdleConnections();
        await stopped;
        await stopWorker();
        await probeClient.close();
        await queue.close();
        await bullRedis.quit();
        await redis.quit();
        await redisInfo.stop();
        logger.info('connector-relay stopped');
      })()),
  };
}

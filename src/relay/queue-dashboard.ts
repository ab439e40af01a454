import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router, type Express, type RequestHandler } from 'express';
import type { FlushJobData } from '../queue/flush-job.js';
import { authenticate } from './auth.js';
import type { AppDeps } from './context.js';
import { SIGN_OUT_PATH, requireAdminPages, signInRoutes } from './dashboard-auth.js';
import type { DashboardSessions } from './dashboard-session.js';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** What main/ hands the API process so it can serve the queue dashboard. */
export interface QueueDashboardDeps {
  /** The delivery queue. Its jobs carry `{channelId}` only: nothing shown here is a secret. */
  queue: Queue<FlushJobData>;
  sessions: DashboardSessions;
}

export interface WithQueueDashboard {
  queueDashboard?: QueueDashboardDeps;
}

/**
 * bull-board 6.21 reads BullMQ 5's `Queue#client`, which BullMQ 6 removed (the client is the
 * backend's now). Without these its Redis panel fails, and its flow view builds a
 * FlowProducer with no connection, which would dial localhost:6379.
 */
class DeliveryQueueAdapter extends BullMQAdapter {
  readonly #queue: Queue;
  constructor(queue: Queue, options: ConstructorParameters<typeof BullMQAdapter>[1]) {
    super(queue, options);
    this.#queue = queue;
  }
  override getClient() {
    return this.#queue.getBackend().client;
  }
  override async getRedisInfo(): Promise<string> {
    return (await this.#queue.getBackend().client).info();
  }
}

/**
 * bull-board at /admin/queues, read-only, for org admins only (dashboard-auth.ts), plus the
 * sign-in and sign-out pages. A no-op where main/ gave no queue (tests that build the app
 * with stand-ins).
 */
export function queueDashboard(deps: AppDeps & WithQueueDashboard): Router | RequestHandler {
  const dashboard = deps.queueDashboard;
  if (!dashboard) return (_req, _res, next) => next();

  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({
    // Read-only: retrying, promoting or removing a flush job by hand would bypass the outbox
    // that owns each channel's order; the relay's API is the way to act on deliveries.
    queues: [new DeliveryQueueAdapter(dashboard.queue, { readOnlyMode: true })],
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'connector-relay',
        miscLinks: [{ text: 'Sign out', url: SIGN_OUT_PATH }],
      },
    },
  });
  const board = serverAdapter.getRouter() as Express;
  board.disable('x-powered-by');

  const publicUrl = new URL(deps.config.publicUrl);
  const auth = {
    sessions: dashboard.sessions,
    bearer: authenticate(deps.store),
    cookie: { secure: publicUrl.protocol === 'https:' },
    origins: [publicUrl.origin],
  };
  const router = Router();
  router.use(signInRoutes(auth));
  router.use(QUEUE_DASHBOARD_PATH, requireAdminPages(auth), board);
  return router;
}

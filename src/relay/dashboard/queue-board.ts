import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router, type Express } from 'express';
import type { AppDeps } from '../context.js';
import { HOME, QUEUES_PATH, SIGN_OUT_PATH, requireAdminPages } from './guard.js';

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
 * bull-board, read-only, for org admins only (guard.ts), to be mounted at
 * /admin/queues. Nothing where main/ gave no queue (a worker process, or a test app).
 */
export function queueBoard(deps: AppDeps): Router | undefined {
  const dashboard = deps.queueDashboard;
  if (!dashboard || !deps.sessions) return undefined;

  const serverAdapter = new ExpressAdapter().setBasePath(QUEUES_PATH);
  createBullBoard({
    // Read-only: retrying, promoting or removing a flush job by hand would bypass the outbox
    // that owns each channel's order; the relay's API is the way to act on deliveries.
    queues: [new DeliveryQueueAdapter(dashboard.queue, { readOnlyMode: true })],
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'connector-relay',
        miscLinks: [
          { text: 'Dashboard', url: HOME },
          { text: 'Sign out', url: SIGN_OUT_PATH },
        ],
      },
    },
  });
  const board = serverAdapter.getRouter() as Express;
  board.disable('x-powered-by');

  const guard = {
    store: deps.store,
    sessions: deps.sessions,
    origins: [new URL(deps.config.publicUrl).origin],
  };
  const router = Router();
  router.use(requireAdminPages(guard), board);
  return router;
}

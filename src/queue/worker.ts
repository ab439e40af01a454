import { DelayedError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from '../core/logger.js';
import { DELIVERY_QUEUE, type FlushJobData } from './flush-job.js';
import type { FlushProcessor } from './flush.js';

export interface WorkerOptions {
  /** A client built with WORKER_REDIS_OPTIONS; the caller quits it after `close()`. */
  connection: Redis;
  prefix: string;
  concurrency: number;
  logger: Logger;
  /** Gives up the job's claim on ready channels (Enqueuer.undrain). */
  undrain: (jobId: string) => Promise<void>;
}

/** Channels one job run takes over before it ends and lets BullMQ hand out its slot. */
const MAX_TAKEOVERS = 100;

/**
 * BullMQ wiring only: the flush processor decides, this obeys. "Continue later" moves the
 * same job to the delayed set, so a channel never has more than one job however deep its
 * backlog, and quiet channels are never queued behind a busy one.
 */
export function createDeliveryWorker(
  flush: FlushProcessor,
  opts: WorkerOptions,
): Worker<FlushJobData> {
  const worker = new Worker<FlushJobData>(
    DELIVERY_QUEUE,
    async (job, token) => {
      const jobId = job.id ?? '';
      // A job that finishes its channel may go on with a channel that was waiting for one
      // (outbox-scripts.ts, NEXT_BATCH): one job's life in BullMQ for several channels' work.
      let channelId = job.data.channelId;
      for (let takeovers = 0; ; takeovers++) {
        let result;
        try {
          result = await flush(channelId, jobId, takeovers < MAX_TAKEOVERS);
        } catch (err) {
          await opts.undrain(jobId).catch(() => {});
          throw err;
        }
        if (result.type === 'handoff') {
          channelId = result.channelId;
          continue;
        }
        if (result.type === 'continue') {
          await opts.undrain(jobId);
          await job.moveToDelayed(Math.max(result.at, Date.now() + 1), token);
          throw new DelayedError();
        }
        if (result.type === 'parked') await opts.undrain(jobId);
        return result.type;
      }
    },
    {
      connection: opts.connection,
      prefix: opts.prefix,
      concurrency: opts.concurrency,
      autorun: false,
      // A worker killed mid-post leaves its channel's job locked: BullMQ hands it to a live
      // worker once the lock lapses and a stall check sees it. The defaults (30 s + 30 s) hold
      // a channel, new events included, for up to a minute and a half; these free it within
      // about 15 s. The lock is renewed every 5 s while a post runs, so a slow post is safe.
      lockDuration: 10_000,
      stalledInterval: 5_000,
      // A stalled flush is not a failed one: its events are still in flight and are resent.
      maxStalledCount: 1_000,
    },
  );
  worker.on('failed', (job, err) => {
    opts.logger.error('flush job failed', {
      jobId: job?.id,
      channelId: job?.data.channelId,
      error: err.message,
    });
  });
  worker.on('error', (err) => opts.logger.error('worker error', { error: err.message }));
  return worker;
}

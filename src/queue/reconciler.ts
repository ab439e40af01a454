import type { Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { Enqueuer } from './enqueuer.js';
import type { FlushJobData } from './flush-job.js';
import type { Outbox } from './outbox.js';

const DEAD_STATES = new Set(['unknown', 'completed', 'failed']);

/**
 * Finds channels whose outbox has work but whose flush job is gone (a process died between
 * appending and adding the job, or the job failed for good) and adds one. Cheap: it looks
 * only at channels in the active set.
 */
export function createReconciler(
  outbox: Outbox,
  queue: Queue<FlushJobData>,
  enqueuer: Enqueuer,
  logger: Logger,
) {
  return async function reconcile(): Promise<number> {
    let kicked = 0;
    for (const channelId of await outbox.activeChannels()) {
      const flag = await outbox.flushFlag(channelId);
      if (flag && !DEAD_STATES.has(await queue.getJobState(flag))) continue;
      const jobId = await enqueuer.kick(channelId, flag);
      if (jobId) {
        kicked++;
        logger.warn('re-scheduled a flush that had no live job', { channelId, jobId });
      }
    }
    return kicked;
  };
}

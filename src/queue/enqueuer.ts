import type { Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { DeliveryRecord } from './delivery-record.js';
import { FLUSH_JOB, FLUSH_JOB_OPTIONS, type FlushJobData } from './flush-job.js';
import type { EnqueueResult, Outbox, ReplayResult } from './outbox.js';

export interface Enqueuer {
  enqueue(
    record: DeliveryRecord,
    senderKey: string | undefined,
    nowMs: number,
  ): Promise<EnqueueResult>;
  /** Add a flush job for a channel if it has work and none is pending (reconcile). */
  kick(channelId: string, staleJobId?: string): Promise<string | undefined>;
  /**
   * Run the channel's flush now (after a rotation): add a job, or wake the pending one from
   * a retry backoff that was meant for the old URL.
   */
  flushNow(channelId: string): Promise<void>;
  /**
   * A flush job stops draining without finishing (worker.ts): add jobs for the ready channels
   * that no other drainer will take.
   */
  undrain(jobId: string, nowMs: number): Promise<void>;
  /** Send a dead or delivered delivery again, in its channel's order from now. */
  replay(channelId: string, deliveryId: string, nowMs: number): Promise<ReplayResult>;
}

/**
 * Appends to the channel's outbox (durable once this resolves) and adds the channel's flush
 * job when the outbox script says none is pending. If adding the job fails, the event is
 * still safe in the outbox and the reconciler adds the job later.
 */
export function createEnqueuer(
  outbox: Outbox,
  queue: Queue<FlushJobData>,
  logger: Logger,
): Enqueuer {
  const addJob = async (channelId: string, jobId: string) => {
    try {
      await queue.add(FLUSH_JOB, { channelId }, { ...FLUSH_JOB_OPTIONS, jobId });
    } catch (err) {
      logger.error('could not add flush job; the reconciler will retry', {
        channelId,
        error: String(err),
      });
    }
  };
  const kick = async (channelId: string, staleJobId?: string) => {
    const jobId = await outbox.ensureFlush(channelId, staleJobId);
    if (jobId) await addJob(channelId, jobId);
    return jobId;
  };
  return {
    kick,
    async enqueue(record, senderKey, nowMs) {
      const result = await outbox.enqueue(record, senderKey, nowMs);
      if (result.status === 'queued' && result.flushJobId)
        await addJob(record.channelId, result.flushJobId);
      return result;
    },
    async undrain(jobId, nowMs) {
      for (const job of await outbox.undrain(jobId, nowMs)) await addJob(job.channelId, job.jobId);
    },
    async replay(channelId, deliveryId, nowMs) {
      const result = await outbox.replay(channelId, deliveryId, nowMs);
      if (result.status === 'queued' && result.flushJobId) {
        await addJob(channelId, result.flushJobId);
      }
      return result;
    },
    async flushNow(channelId) {
      if (await kick(channelId)) return;
      const pending = await outbox.flushFlag(channelId);
      const job = pending ? await queue.getJob(pending) : undefined;
      // Promote fails harmlessly if the job left the delayed set meanwhile.
      if (job && (await job.isDelayed())) await job.promote().catch(() => {});
    },
  };
}

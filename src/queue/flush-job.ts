/** The one job type: "deliver what is waiting for this channel". Never carries the URL. */
export const DELIVERY_QUEUE = 'deliveries';
export const FLUSH_JOB = 'flush';

export interface FlushJobData {
  channelId: string;
}

/** Safety net for unexpected errors (Redis blips); delivery retries are paced by the flush itself. */
export const FLUSH_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: { count: 1000 },
} as const;

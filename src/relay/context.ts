import type { Config } from '../config/index.js';
import type { DestinationKind } from '../core/destination.js';
import type { ProbeVerdict } from '../delivery/probe.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Metrics, RelayInstruments } from '../core/metrics.js';
import type { Enqueuer } from '../queue/enqueuer.js';
import type { Outbox } from '../queue/outbox.js';
import type { Store } from '../store/index.js';
import type { Queue } from 'bullmq';
import type { FlushJobData } from '../queue/flush-job.js';
import type { OperatorAlerts } from '../queue/operator-alerts.js';
import type { DashboardSessions } from './dashboard/session.js';

/** What main/ hands the API process so it can serve the queue dashboard. */
export interface QueueDashboardDeps {
  /** The delivery queue. Its jobs carry `{channelId}` only: nothing shown here is a secret. */
  queue: Queue<FlushJobData>;
}

/** Everything the HTTP edge needs, built by main/ (or a test) and handed in. */
export interface AppDeps {
  config: Pick<
    Config,
    'destinationHosts' | 'ingestMaxBytes' | 'ingestUrlGraceSeconds' | 'switchHoldSeconds'
  > & {
    publicUrl: string;
  };
  store: Store;
  outbox: Outbox;
  enqueuer: Enqueuer;
  clock: Clock;
  logger: Logger;
  /** Readiness: does Redis answer? */
  redisReady: () => Promise<boolean>;
  metrics: Metrics;
  instruments: RelayInstruments;
  /** Checks a new webhook URL without posting (delivery/probe.ts); none in some tests. */
  probe?: (url: string, kind: DestinationKind) => Promise<ProbeVerdict>;
  /** Cards to the operators' alert channel (when the org names one). */
  alerts?: OperatorAlerts;
  /** The queue dashboard: api processes only (absent in a worker, or a test). */
  queueDashboard?: QueueDashboardDeps;
  /** Browser sessions of the dashboard; without them only bearer tokens are accepted. */
  sessions?: DashboardSessions;
}

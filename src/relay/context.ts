import type { Config } from '../config/index.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/logger.js';
import type { Metrics, RelayInstruments } from '../core/metrics.js';
import type { Enqueuer } from '../queue/enqueuer.js';
import type { Outbox } from '../queue/outbox.js';
import type { Store } from '../store/index.js';

/** Everything the HTTP edge needs, built by main/ (or a test) and handed in. */
export interface AppDeps {
  config: Pick<Config, 'destinationHosts' | 'ingestMaxBytes'> & { publicUrl: string };
  store: Store;
  outbox: Outbox;
  enqueuer: Enqueuer;
  clock: Clock;
  logger: Logger;
  /** Readiness: does Redis answer? */
  redisReady: () => Promise<boolean>;
  metrics: Metrics;
  instruments: RelayInstruments;
}

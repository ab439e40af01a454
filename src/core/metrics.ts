/**
 * The instruments relay/ and queue/ record into. The real registry is prom-client, built per
 * process in main/metrics.ts (Prometheus scrapes each api and worker process); nothing here
 * does I/O, so pure code and tests can use the interfaces and the no-op registry.
 */
export type Labels<L extends string = string> = Partial<Record<L, string>>;

export interface Counter<L extends string = string> {
  inc(labels?: Labels<L>, by?: number): void;
}

export interface Histogram<L extends string = string> {
  observe(labels: Labels<L>, value: number): void;
}

export interface Metrics {
  /** `labelNames` are every label the counter is ever given (Prometheus needs them fixed). */
  counter<L extends string>(name: string, help: string, labelNames: readonly L[]): Counter<L>;
  histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    buckets: readonly number[],
  ): Histogram<L>;
  /** The Prometheus text exposition of everything registered, read at call time. */
  render(): Promise<string>;
  /** The Content-Type `render()` produces. */
  readonly contentType: string;
}

/** Records nothing and renders nothing: for tests and tools that need no metrics. */
export function noopMetrics(): Metrics {
  return {
    counter: () => ({ inc: () => {} }),
    histogram: () => ({ observe: () => {} }),
    render: () => Promise.resolve(''),
    contentType: 'text/plain; version=0.0.4; charset=utf-8',
  };
}

/** The relay's own instruments, created once per process. The names are public (README). */
export function relayInstruments(metrics: Metrics) {
  return {
    ingest: metrics.counter(
      'relay_ingest_requests_total',
      'Ingest requests by connector type and HTTP status.',
      ['type', 'status'],
    ),
    ingestSeconds: metrics.histogram(
      'relay_ingest_duration_seconds',
      'Time from request to acknowledgement, by connector type.',
      ['type'],
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    ),
    attempts: metrics.counter(
      'relay_delivery_attempts_total',
      'Delivery attempts by destination kind and outcome.',
      ['kind', 'outcome'],
    ),
    deliverySeconds: metrics.histogram(
      'relay_delivery_latency_seconds',
      'Time from acceptance to delivery, by destination kind.',
      ['kind'],
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 1800, 3600],
    ),
    budgetWaits: metrics.counter(
      'relay_budget_waits_total',
      "Times a channel's next post waited for its budget, by destination kind.",
      ['kind'],
    ),
    digests: metrics.counter(
      'relay_digests_total',
      'Digest cards delivered, by destination kind.',
      ['kind'],
    ),
    digestEvents: metrics.counter(
      'relay_digest_events_total',
      'Events delivered inside digest cards, by destination kind.',
      ['kind'],
    ),
  };
}

export type RelayInstruments = ReturnType<typeof relayInstruments>;

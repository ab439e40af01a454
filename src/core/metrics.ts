/**
 * A tiny Prometheus registry: counters and histograms with labels, rendered in the text
 * exposition format. Per process: Prometheus scrapes each api and worker process.
 */
type Labels = Record<string, string>;

const key = (labels: Labels) =>
  Object.keys(labels)
    .sort()
    .map(
      (k) =>
        `${k}="${String(labels[k]).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`,
    )
    .join(',');

export interface Counter {
  inc(labels?: Labels, by?: number): void;
}

export interface Histogram {
  observe(labels: Labels, value: number): void;
}

export interface Metrics {
  counter(name: string, help: string): Counter;
  histogram(name: string, help: string, buckets: number[]): Histogram;
  render(): string;
}

export function createMetrics(): Metrics {
  const blocks: Array<() => string> = [];
  return {
    counter(name, help) {
      const values = new Map<string, number>();
      blocks.push(() => {
        const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} counter`];
        for (const [k, v] of values) lines.push(`${name}${k ? `{${k}}` : ''} ${v}`);
        return lines.join('\n');
      });
      return {
        inc(labels = {}, by = 1) {
          const k = key(labels);
          values.set(k, (values.get(k) ?? 0) + by);
        },
      };
    },
    histogram(name, help, buckets) {
      const sorted = [...buckets].sort((a, b) => a - b);
      const series = new Map<string, { counts: number[]; sum: number; count: number }>();
      blocks.push(() => {
        const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} histogram`];
        for (const [k, s] of series) {
          const sep = k ? `${k},` : '';
          sorted.forEach((le, i) => lines.push(`${name}_bucket{${sep}le="${le}"} ${s.counts[i]}`));
          lines.push(`${name}_bucket{${sep}le="+Inf"} ${s.count}`);
          lines.push(`${name}_sum${k ? `{${k}}` : ''} ${s.sum}`);
          lines.push(`${name}_count${k ? `{${k}}` : ''} ${s.count}`);
        }
        return lines.join('\n');
      });
      return {
        observe(labels, value) {
          const k = key(labels);
          let s = series.get(k);
          if (!s) series.set(k, (s = { counts: sorted.map(() => 0), sum: 0, count: 0 }));
          sorted.forEach((le, i) => {
            if (value <= le) s.counts[i]! += 1;
          });
          s.sum += value;
          s.count += 1;
        },
      };
    },
    render: () => blocks.map((b) => b()).join('\n\n') + '\n',
  };
}

/** The relay's own instruments, created once per process. */
export function relayInstruments(metrics: Metrics) {
  return {
    ingest: metrics.counter(
      'relay_ingest_requests_total',
      'Ingest requests by connector type and result.',
    ),
    ingestSeconds: metrics.histogram(
      'relay_ingest_duration_seconds',
      'Time from request to acknowledgement.',
      [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    ),
    attempts: metrics.counter(
      'relay_delivery_attempts_total',
      'Delivery attempts by destination kind and outcome.',
    ),
    deliverySeconds: metrics.histogram(
      'relay_delivery_latency_seconds',
      'Time from acceptance to delivery.',
      [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 60, 300, 1800, 3600],
    ),
  };
}

export type RelayInstruments = ReturnType<typeof relayInstruments>;

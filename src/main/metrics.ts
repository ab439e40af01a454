import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Labels, Metrics } from '../core/metrics.js';

/**
 * prom-client writes a series' labels in the order it first saw them; sorted, the exposition
 * is the same whichever order a caller wrote them in (and as before prom-client).
 */
function sorted<L extends string>(labels: Labels<L>): Labels<L> {
  const keys = Object.keys(labels) as L[];
  if (keys.length < 2) return labels;
  const out: Labels<L> = {};
  for (const k of keys.sort()) out[k] = labels[k];
  return out;
}

export interface PromMetrics extends Metrics {
  /** The process's registry, for gauges that main/ adds itself (see redis-gauges.ts). */
  readonly registry: Registry;
}

/**
 * The Prometheus registry of one process, with prom-client's default process and Node.js
 * metrics (CPU, memory, file descriptors, event-loop lag, GC, heap). One registry per
 * process, never prom-client's global one, so several relays in one test process stay apart.
 */
export function createPromMetrics(opts: { defaultMetrics?: boolean } = {}): PromMetrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    contentType: registry.contentType,
    counter(name, help, labelNames) {
      const c = new Counter({ name, help, labelNames, registers: [registry] });
      return { inc: (labels = {}, by = 1) => c.inc(sorted(labels), by) };
    },
    histogram(name, help, labelNames, buckets) {
      const h = new Histogram({
        name,
        help,
        labelNames,
        buckets: [...buckets],
        registers: [registry],
      });
      return { observe: (labels, value) => h.observe(sorted(labels), value) };
    },
    render: () => registry.metrics(),
  };
}

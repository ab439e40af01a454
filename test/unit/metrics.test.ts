import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/core/metrics.js';

describe('metrics', () => {
  it('renders counters and histograms in the Prometheus text format', () => {
    const m = createMetrics();
    const c = m.counter('x_total', 'Things.');
    c.inc({ type: 'github', result: 'queued' });
    c.inc({ result: 'queued', type: 'github' }, 2);
    c.inc({ type: 'say "hi"\n' });
    const h = m.histogram('lat_seconds', 'Latency.', [0.1, 1]);
    h.observe({ k: 'a' }, 0.05);
    h.observe({ k: 'a' }, 0.5);
    h.observe({ k: 'a' }, 5);
    const text = m.render();
    expect(text).toContain('# TYPE x_total counter');
    expect(text).toContain('x_total{result="queued",type="github"} 3');
    expect(text).toContain('x_total{type="say \\"hi\\"\\n"} 1');
    expect(text).toContain('lat_seconds_bucket{k="a",le="0.1"} 1');
    expect(text).toContain('lat_seconds_bucket{k="a",le="1"} 2');
    expect(text).toContain('lat_seconds_bucket{k="a",le="+Inf"} 3');
    expect(text).toContain('lat_seconds_count{k="a"} 3');
    expect(text).toContain('lat_seconds_sum{k="a"} 5.55');
  });
});

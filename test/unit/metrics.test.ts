import { describe, expect, it } from 'vitest';
import { noopMetrics, relayInstruments } from '../../src/core/metrics.js';
import { createPromMetrics } from '../../src/main/metrics.js';
import { silentLogger } from '../../src/core/logger.js';
import { registerRedisGauges, summarise } from '../../src/main/redis-gauges.js';

describe('metrics (prom-client, one registry per process)', () => {
  it('renders counters and histograms in the Prometheus text format', async () => {
    const m = createPromMetrics({ defaultMetrics: false });
    const c = m.counter('x_total', 'Things.', ['type', 'result']);
    c.inc({ type: 'github', result: 'queued' });
    c.inc({ result: 'queued', type: 'github' }, 2);
    c.inc({ type: 'say "hi"\n' });
    const h = m.histogram('lat_seconds', 'Latency.', ['k'], [0.1, 1]);
    h.observe({ k: 'a' }, 0.05);
    h.observe({ k: 'a' }, 0.5);
    h.observe({ k: 'a' }, 5);
    const text = await m.render();
    expect(m.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain('# TYPE x_total counter');
    expect(text).toContain('x_total{result="queued",type="github"} 3');
    expect(text).toContain('x_total{type="say \\"hi\\"\\n"} 1');
    expect(text).toContain('lat_seconds_bucket{le="0.1",k="a"} 1');
    expect(text).toContain('lat_seconds_bucket{le="1",k="a"} 2');
    expect(text).toContain('lat_seconds_bucket{le="+Inf",k="a"} 3');
    expect(text).toContain('lat_seconds_count{k="a"} 3');
    expect(text).toContain('lat_seconds_sum{k="a"} 5.55');
  });

  it('keeps the relay’s metric names, and includes process and event-loop metrics', async () => {
    const m = createPromMetrics();
    const i = relayInstruments(m);
    i.ingest.inc({ type: 'github', status: '202' });
    i.ingestSeconds.observe({ type: 'github' }, 0.003);
    i.attempts.inc({ kind: 'workflows', outcome: 'delivered' });
    i.deliverySeconds.observe({ kind: 'workflows' }, 0.4);
    const text = await m.render();
    expect(text).toContain('relay_ingest_requests_total{status="202",type="github"} 1');
    expect(text).toContain('relay_ingest_duration_seconds_bucket{le="0.005",type="github"} 1');
    expect(text).toContain('relay_delivery_attempts_total{kind="workflows",outcome="delivered"} 1');
    expect(text).toContain('relay_delivery_latency_seconds_count{kind="workflows"} 1');
    for (const name of [
      'process_cpu_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ])
      expect(text).toContain(`# TYPE ${name} `);
  });

  it('keeps registries apart, so two relays in one process do not mix counts', async () => {
    const a = createPromMetrics({ defaultMetrics: false });
    const b = createPromMetrics({ defaultMetrics: false });
    relayInstruments(a).ingest.inc({ type: 'github', status: '202' });
    relayInstruments(b);
    expect(await b.render()).not.toMatch(/relay_ingest_requests_total\{/);
  });

  it('noopMetrics records and renders nothing', async () => {
    const m = noopMetrics();
    relayInstruments(m).ingest.inc({ type: 'x', status: '1' });
    expect(await m.render()).toBe('');
  });
});

describe('queue gauges: summarising what Redis holds', () => {
  const ch = (over: Partial<Parameters<typeof summarise>[1][number]>) => ({
    channelId: 'c',
    queued: 0,
    inflight: 0,
    dead: 0,
    parked: false,
    oldestReceivedAt: undefined,
    ...over,
  });

  it('counts parked channels apart and ages only what will go out', () => {
    const s = summarise(
      [{ status: 'ok' }, { status: 'ok' }, { status: 'attention_required' }],
      [
        ch({ queued: 3, inflight: 1, dead: 2, oldestReceivedAt: 40_000 }),
        ch({ queued: 1, oldestReceivedAt: 90_000 }),
        ch({ queued: 5, inflight: 1, dead: 1, parked: true, oldestReceivedAt: 1_000 }),
      ],
      100_000,
    );
    expect(s).toEqual({
      queued: 4,
      inflight: 1,
      parked: 6,
      dead: 3,
      channels: { ok: 2, attention_required: 1 },
      oldestWaitingSeconds: 60,
    });
  });

  it('is all zeros for an empty deployment', () => {
    expect(summarise([], [], 5)).toEqual({
      queued: 0,
      inflight: 0,
      parked: 0,
      dead: 0,
      channels: { ok: 0, attention_required: 0 },
      oldestWaitingSeconds: 0,
    });
  });
});

describe('queue gauges on /metrics', () => {
  const scrape = async (fail: boolean) => {
    const m = createPromMetrics({ defaultMetrics: false });
    let reads = 0;
    registerRedisGauges(m.registry, {
      channels: {
        statuses: () => {
          reads++;
          return fail
            ? Promise.reject(new Error('Connection is closed.'))
            : Promise.resolve([{ id: 'a', status: 'ok' as const }]);
        },
      },
      outbox: {
        activeChannels: () => Promise.resolve(['a']),
        backlog: (ids) =>
          Promise.resolve(
            ids.map((channelId) => ({
              channelId,
              queued: 2,
              inflight: 1,
              dead: 0,
              parked: false,
              oldestReceivedAt: 1_000,
            })),
          ),
      },
      clock: { now: () => 31_000 },
      logger: silentLogger,
    });
    return { text: await m.render(), reads };
  };

  it('reads Redis once per scrape for all the gauges', async () => {
    const { text, reads } = await scrape(false);
    expect(reads).toBe(1);
    expect(text).toContain('\nrelay_events_queued 2\n');
    expect(text).toContain('\nrelay_events_in_flight 1\n');
    expect(text).toContain('\nrelay_channels{status="ok"} 1\n');
    expect(text).toContain('\nrelay_oldest_waiting_event_age_seconds 30\n');
    expect(text).toContain('\nrelay_redis_up 1\n');
  });

  it('leaves the gauges out, rather than reporting an empty queue, when Redis does not answer', async () => {
    const { text } = await scrape(true);
    expect(text).toContain('\nrelay_redis_up 0\n');
    expect(text).not.toMatch(/^relay_events_queued /m);
    expect(text).not.toMatch(/^relay_channels\{/m);
  });
});

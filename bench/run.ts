/**
 * `npm run bench`: the relay against a bare BullMQ pipeline on the same machine, same Redis
 * (AOF on), same load generator and sink, alternating runs. Options:
 *   --events N    events per measured phase (default 5000)
 *   --repeats N   measured runs per system (default 3)
 *   --queued N    events accepted and held for the deep-queue memory measure (default 100000)
 *   --cpu-prof    write a V8 CPU profile of each system under test's measured throughput phase
 *                 to bench/results/profiles/<run>.cpuprofile
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadClient, runLoad, runPaced, sendOne, type Target } from './load.js';
import { pushBody } from './payload.js';
import { startBenchRedis, type BenchRedis } from './redis.js';
import { baselineTargets, relayTargets } from './setup.js';
import { startSink, type Sink } from './sink.js';
import { advantage, median, percentile, table, type Row } from './stats.js';
import type { SutSpec } from './sut.js';
import { killAllSuts, startSut } from './sut-process.js';

type Kind = SutSpec['kind'];

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive integer`);
  return value;
}

const CONFIG = {
  channels: 50,
  events: flag('events', 5000),
  warmupEvents: 500,
  concurrency: 32,
  workerConcurrency: 32,
  hotEvents: 2000,
  /** Quiet-channel events sent one after another while the hot channel drains. */
  quietProbes: 20,
  pacedRate: 250,
  pacedEvents: 750,
  repeats: flag('repeats', 3),
  queued: flag('queued', 100_000),
};
const CPU_PROF = process.argv.includes('--cpu-prof');
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface RunResult {
  kind: Kind;
  events: number;
  throughput: number;
  ingestRate: number;
  ackP50: number;
  ackP99: number;
  pacedAckP50: number;
  pacedAckP99: number;
  commandsPerEvent: number;
  redisRoundTripsPerEvent: number;
  redisBytesInPerEvent: number;
  postBytes: number;
  topCommandsPerEvent: Record<string, number>;
  sutCpuUsPerEvent: number;
  redisCpuUsPerEvent: number;
  benchCpuPercent: number;
  quietP50: number;
  quietP99: number;
  hotBacklogAtQuiet: number;
  /** Probes sent while the hot channel still had undelivered events. */
  quietProbesInBacklog: number;
  hotDrainRate: number;
  rssMb: number;
  maxRssMb: number;
}

async function oneRun(redis: BenchRedis, sink: Sink, kind: Kind, events: number, label: string) {
  await redis.reset();
  sink.reset();
  const spec: SutSpec = {
    kind,
    redisUrl: redis.url,
    prefix: `bench-${kind}-${randomBytes(4).toString('hex')}`,
    concurrency: CONFIG.workerConcurrency,
    sinkOrigin: sink.origin,
    sinkHost: sink.host,
    adminToken: ADMIN_TOKEN,
  };
  const sut = await startSut(spec);
  const pool = loadClient(sut.url, CONFIG.concurrency);
  try {
    const body = pushBody();
    const targets: Target[] =
      kind === 'relay'
        ? await relayTargets(sut.url, ADMIN_TOKEN, sink, CONFIG.channels + 1, body)
        : baselineTargets(CONFIG.channels + 1, body);
    // The last channel is kept quiet for the latency probe.
    const quiet = targets.pop()!;
    const hot = targets[0]!;

    const check = (unexpected: Map<number, number>) => {
      if (unexpected.size > 0)
        throw new Error(`${kind}: unexpected answers ${JSON.stringify([...unexpected])}`);
    };

    // Warm-up inside the process (JIT, connections), not measured.
    check(
      (await runLoad(pool, targets, CONFIG.warmupEvents, CONFIG.concurrency, 30_000)).unexpected,
    );
    await sink.waitForTotal(CONFIG.warmupEvents, 30_000);
    await sleep(200);
    sink.reset();

    // Throughput, ack latency, Redis commands and CPU per event.
    if (CPU_PROF) await sut.profile();
    const r0 = await redis.counters();
    const sut0 = await sut.stats();
    const bench0 = process.cpuUsage();
    const load = await runLoad(pool, targets, events, CONFIG.concurrency, 90_000);
    check(load.unexpected);
    const lastPost = await sink.waitForTotal(events, 90_000);
    const wallMs = performance.now() - load.firstSendAt;
    const benchCpu = process.cpuUsage(bench0);
    await sleep(250); // let the last deliveries' bookkeeping land
    const sut1 = await sut.stats();
    const r1 = await redis.counters();
    if (CPU_PROF) {
      mkdirSync(`${RESULTS}profiles`, { recursive: true });
      await sut.profile(`${RESULTS}profiles/${label}.cpuprofile`);
    }
    const postBytes = sink.bytes() / events;
    const top = [...r1.byCommand]
      .map(([name, calls]) => [name, (calls - (r0.byCommand.get(name) ?? 0)) / events] as const)
      .filter(([, per]) => per >= 0.05)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);

    // Quiet channel while a hot one drains.
    sink.reset();
    const hotLoad = await runLoad(pool, [hot], CONFIG.hotEvents, CONFIG.concurrency, 60_000);
    check(hotLoad.unexpected);
    const backlog = CONFIG.hotEvents - sink.count(hot.sinkId);
    const quietLatencies: number[] = [];
    let probesInBacklog = 0;
    for (let i = 1; i <= CONFIG.quietProbes; i++) {
      if (sink.count(hot.sinkId) < CONFIG.hotEvents) probesInBacklog++;
      const probe = await sendOne(pool, quiet);
      if (probe.status !== 202) throw new Error(`${kind}: quiet probe answered ${probe.status}`);
      quietLatencies.push((await sink.waitFor(quiet.sinkId, i, 60_000)) - probe.at);
    }
    const hotDone = await sink.waitFor(hot.sinkId, CONFIG.hotEvents, 90_000);

    // Ingest latency at a fixed, moderate rate (open loop).
    sink.reset();
    const paced = await runPaced(pool, targets, CONFIG.pacedEvents, CONFIG.pacedRate, 30_000);
    check(paced.unexpected);
    await sink.waitForTotal(CONFIG.pacedEvents, 30_000);
    const end = await sut.stats();

    const result: RunResult = {
      kind,
      events,
      throughput: (events / (lastPost - load.firstSendAt)) * 1000,
      ingestRate: (events / (load.lastAckAt - load.firstSendAt)) * 1000,
      ackP50: percentile(load.latencies, 50),
      ackP99: percentile(load.latencies, 99),
      pacedAckP50: percentile(paced.latencies, 50),
      pacedAckP99: percentile(paced.latencies, 99),
      commandsPerEvent: (r1.commands - r0.commands) / events,
      redisRoundTripsPerEvent: (r1.reads - r0.reads) / events,
      redisBytesInPerEvent: (r1.netInputBytes - r0.netInputBytes) / events,
      postBytes,
      topCommandsPerEvent: Object.fromEntries(top.map(([n, v]) => [n, Number(v.toFixed(2))])),
      sutCpuUsPerEvent: ((sut1.cpuMs - sut0.cpuMs) * 1000) / events,
      redisCpuUsPerEvent: ((r1.cpuSeconds - r0.cpuSeconds) * 1e6) / events,
      benchCpuPercent: ((benchCpu.user + benchCpu.system) / 1000 / wallMs) * 100,
      quietP50: percentile(quietLatencies, 50),
      quietP99: percentile(quietLatencies, 99),
      hotBacklogAtQuiet: backlog,
      quietProbesInBacklog: probesInBacklog,
      hotDrainRate: (CONFIG.hotEvents / (hotDone - hotLoad.firstSendAt)) * 1000,
      rssMb: end.rss / 2 ** 20,
      maxRssMb: end.maxRss / 2 ** 20,
    };
    console.log(
      `  ${label.padEnd(12)} ${result.throughput.toFixed(0).padStart(5)} ev/s  ack p50 ${result.ackP50.toFixed(1)} ms p99 ${result.ackP99.toFixed(1)} ms  ` +
        `${result.commandsPerEvent.toFixed(1)} cmds/ev  quiet p99 ${result.quietP99.toFixed(0)} ms (backlog ${backlog}, ${probesInBacklog}/${CONFIG.quietProbes} probes in it)  rss ${result.rssMb.toFixed(0)} MB`,
    );
    return result;
  } finally {
    await pool.close();
    await sut.stop();
  }
}

interface QueuedResult {
  kind: Kind;
  events: number;
  rssMb: number;
  maxRssMb: number;
  redisBytesPerEvent: number;
}

/**
 * A deep queue: `events` accepted while nothing is delivered (the baseline runs no worker, the
 * relay's channels have a budget of one post a day), then the process's memory and Redis's.
 * Queued events live in Redis; the process must not grow with them.
 */
async function queuedRun(redis: BenchRedis, sink: Sink, kind: Kind, events: number) {
  await redis.reset();
  sink.reset();
  const spec: SutSpec = {
    kind,
    redisUrl: redis.url,
    prefix: `bench-q-${kind}-${randomBytes(4).toString('hex')}`,
    concurrency: CONFIG.workerConcurrency,
    sinkOrigin: sink.origin,
    sinkHost: sink.host,
    adminToken: ADMIN_TOKEN,
    holdDeliveries: true,
  };
  const sut = await startSut(spec);
  const pool = loadClient(sut.url, CONFIG.concurrency);
  try {
    const body = pushBody();
    const targets =
      kind === 'relay'
        ? await relayTargets(sut.url, ADMIN_TOKEN, sink, CONFIG.channels, body, true)
        : baselineTargets(CONFIG.channels, body);
    const before = await redis.counters();
    const load = await runLoad(pool, targets, events, CONFIG.concurrency, 300_000);
    if (load.unexpected.size > 0)
      throw new Error(`${kind}: unexpected answers ${JSON.stringify([...load.unexpected])}`);
    const after = await redis.counters();
    const stats = await sut.stats();
    const result: QueuedResult = {
      kind,
      events,
      rssMb: stats.rss / 2 ** 20,
      maxRssMb: stats.maxRss / 2 ** 20,
      redisBytesPerEvent: (after.usedMemory - before.usedMemory) / events,
    };
    console.log(
      `  ${`queued-${kind}`.padEnd(16)} ${events} held: rss ${result.rssMb.toFixed(0)} MB (peak ${result.maxRssMb.toFixed(0)}), ` +
        `redis ${result.redisBytesPerEvent.toFixed(0)} bytes/event`,
    );
    return result;
  } finally {
    await pool.close();
    await sut.stop();
  }
}

function summarize(runs: RunResult[], queued: QueuedResult[]) {
  const of = (kind: Kind, key: keyof RunResult) =>
    median(runs.filter((r) => r.kind === kind).map((r) => r[key] as number));
  const row = (metric: string, unit: string, better: Row['better'], key: keyof RunResult): Row => ({
    metric,
    unit,
    better,
    baseline: of('baseline', key),
    relay: of('relay', key),
  });
  return [
    row('end-to-end throughput', 'events/s', 'higher', 'throughput'),
    row('ingest rate (acks)', 'events/s', 'higher', 'ingestRate'),
    row(`ack latency p50, ${CONFIG.concurrency} in flight`, 'ms', 'lower', 'ackP50'),
    row(`ack latency p99, ${CONFIG.concurrency} in flight`, 'ms', 'lower', 'ackP99'),
    row(`ack latency p50 at ${CONFIG.pacedRate}/s`, 'ms', 'lower', 'pacedAckP50'),
    row(`ack latency p99 at ${CONFIG.pacedRate}/s`, 'ms', 'lower', 'pacedAckP99'),
    row('quiet-channel latency p50 (hot draining)', 'ms', 'lower', 'quietP50'),
    row('quiet-channel latency p99 (hot draining)', 'ms', 'lower', 'quietP99'),
    row('single hot channel drain rate', 'events/s', 'higher', 'hotDrainRate'),
    row('redis commands per event', 'calls', 'lower', 'commandsPerEvent'),
    row('redis round trips per event', 'reads', 'lower', 'redisRoundTripsPerEvent'),
    row('redis bytes in per event', 'bytes', 'lower', 'redisBytesInPerEvent'),
    row('bytes posted to Teams per event', 'bytes', 'lower', 'postBytes'),
    row('process CPU per event', 'us', 'lower', 'sutCpuUsPerEvent'),
    row('redis CPU per event', 'us', 'lower', 'redisCpuUsPerEvent'),
    row('process RSS after run', 'MB', 'lower', 'rssMb'),
    row('process peak RSS', 'MB', 'lower', 'maxRssMb'),
    ...(['rssMb', 'maxRssMb', 'redisBytesPerEvent'] as const).map((key): Row => ({
      metric: {
        rssMb: `process RSS, ${CONFIG.queued} events queued`,
        maxRssMb: `process peak RSS, ${CONFIG.queued} queued`,
        redisBytesPerEvent: 'redis memory per queued event',
      }[key],
      unit: key === 'redisBytesPerEvent' ? 'bytes' : 'MB',
      better: 'lower',
      baseline: queued.find((q) => q.kind === 'baseline')?.[key] ?? NaN,
      relay: queued.find((q) => q.kind === 'relay')?.[key] ?? NaN,
    })),
  ];
}

async function main(): Promise<void> {
  console.log(
    `bench: ${CONFIG.events} events over ${CONFIG.channels} channels, ${CONFIG.concurrency} in flight, ` +
      `worker concurrency ${CONFIG.workerConcurrency}, ${cpus().length} CPUs, node ${process.version}`,
  );
  const loadBefore = loadavg()[0]!;
  const redis = await startBenchRedis();
  process.on('exit', () => redis.killNow());
  const sink = await startSink();
  const runs: RunResult[] = [];
  const queued: QueuedResult[] = [];
  try {
    console.log('warm-up (discarded):');
    await oneRun(redis, sink, 'baseline', 1000, 'warm-baseline');
    await oneRun(redis, sink, 'relay', 1000, 'warm-relay');
    console.log('measured:');
    for (let i = 1; i <= CONFIG.repeats; i++) {
      runs.push(await oneRun(redis, sink, 'baseline', CONFIG.events, `baseline-${i}`));
      runs.push(await oneRun(redis, sink, 'relay', CONFIG.events, `relay-${i}`));
    }
    console.log('deep queue:');
    queued.push(await queuedRun(redis, sink, 'baseline', CONFIG.queued));
    queued.push(await queuedRun(redis, sink, 'relay', CONFIG.queued));
  } finally {
    await sink.close();
    await redis.stop();
  }

  const rows = summarize(runs, queued);
  console.log(
    `\nmedians of ${CONFIG.repeats} runs each ("relay advantage" > 1 means the relay is better):\n`,
  );
  console.log(table(rows));
  for (const kind of ['baseline', 'relay'] as const) {
    const last = runs.filter((r) => r.kind === kind).at(-1)!;
    const top = Object.entries(last.topCommandsPerEvent)
      .map(([name, per]) => `${name} ${per}`)
      .join(', ');
    console.log(
      `\n${kind} Redis calls per event (last run, incl. calls made inside scripts): ${top}`,
    );
  }
  const backlog = (kind: Kind) =>
    median(runs.filter((r) => r.kind === kind).map((r) => r.hotBacklogAtQuiet));
  const inBacklog = (kind: Kind) =>
    median(runs.filter((r) => r.kind === kind).map((r) => r.quietProbesInBacklog));
  console.log(
    `\n${CONFIG.quietProbes} quiet probes, one after another, from a hot backlog of ${backlog('baseline')} (baseline) / ${backlog('relay')} (relay) undelivered events; ${inBacklog('baseline')} / ${inBacklog('relay')} of them sent while the backlog lasted (medians)`,
  );
  const benchCpu = median(runs.map((r) => r.benchCpuPercent));
  console.log(`load generator + sink process CPU: ${benchCpu.toFixed(0)}% of one core (median)`);
  const loadAfter = loadavg()[0]!;
  console.log(
    `machine load average (1 min) ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, on ${cpus().length} CPUs: other work on the machine adds noise`,
  );
  const ratio = advantage(rows[0]!);
  console.log(`\nthroughput ratio (relay/baseline): ${ratio.toFixed(2)} (target >= 0.8)`);

  mkdirSync(RESULTS, { recursive: true });
  const file = `${RESULTS}latest.json`;
  writeFileSync(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: cpus().length,
        loadAverage: { before: loadBefore, after: loadAfter },
        config: CONFIG,
        throughputRatio: ratio,
        target: 0.8,
        medians: rows.map((r) => ({ ...r, relayAdvantage: advantage(r) })),
        runs,
        queued,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`results written to ${file}`);
}

process.on('exit', killAllSuts);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));
setTimeout(() => {
  console.error('bench: gave up after 12 minutes');
  process.exit(1);
}, 12 * 60_000).unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('bench failed:', err);
    process.exit(1);
  },
);

/**
 * Child process entry: runs one system under test (the bare baseline pipeline or the real
 * relay) so that its CPU, memory and profile are its own. Talks to the bench over IPC.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadConfig } from '../src/config/index.js';
import { silentLogger } from '../src/core/logger.js';
import { startRelay } from '../src/main/relay.js';
import { startBaseline } from './baseline.js';

export interface SutSpec {
  kind: 'baseline' | 'relay';
  redisUrl: string;
  prefix: string;
  concurrency: number;
  sinkOrigin: string;
  sinkHost: string;
  adminToken: string;
  /** Accept but never deliver (the baseline runs no worker), to measure a deep queue. */
  holdDeliveries?: boolean;
}

export type ToSut =
  { type: 'stats'; id: number } | { type: 'profile'; id: number; file?: string } | { type: 'stop' };

export type FromSut =
  | { type: 'ready'; url: string }
  | { type: 'stats'; id: number; rss: number; maxRss: number; cpuMs: number }
  | { type: 'profiled'; id: number }
  | { type: 'error'; message: string };

const send = (msg: FromSut) => process.send?.(msg);

async function start(spec: SutSpec): Promise<{ url: string; close(): Promise<void> }> {
  if (spec.kind === 'baseline') {
    return startBaseline({
      redisUrl: spec.redisUrl,
      prefix: spec.prefix,
      concurrency: spec.concurrency,
      worker: !spec.holdDeliveries,
      destination: (c) =>
        `${spec.sinkOrigin}/powerautomate/automations/direct/workflows/b${c}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=abc`,
    });
  }
  const config = loadConfig({
    REDIS_URL: spec.redisUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_TOKEN: spec.adminToken,
    DESTINATION_HOSTS: spec.sinkHost,
    REDIS_PREFIX: spec.prefix,
    LOG_LEVEL: 'silent',
    WORKER_CONCURRENCY: String(spec.concurrency),
  });
  return startRelay(config, silentLogger);
}

/**
 * The V8 profiler for one phase of a run: started by a message without `file`, stopped and
 * written by one with it. A profile of the whole process would be mostly start-up and setup.
 */
async function profile(session: Session, file: string | undefined): Promise<void> {
  if (file === undefined) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    return;
  }
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.env.BENCH_SUT ?? '') as SutSpec;
  const sut = await start(spec);
  let session: Session | undefined;
  process.on('message', (msg: ToSut) => {
    if (msg.type === 'profile') {
      if (!session) {
        session = new Session();
        session.connect();
      }
      void profile(session, msg.file).then(
        () => send({ type: 'profiled', id: msg.id }),
        (err: unknown) => send({ type: 'error', message: String(err) }),
      );
    } else if (msg.type === 'stats') {
      const cpu = process.cpuUsage();
      send({
        type: 'stats',
        id: msg.id,
        rss: process.memoryUsage().rss,
        maxRss: process.resourceUsage().maxRSS * 1024,
        cpuMs: (cpu.user + cpu.system) / 1000,
      });
    } else {
      const timer = setTimeout(() => process.exit(1), 10_000);
      void sut.close().finally(() => {
        clearTimeout(timer);
        process.exit(0);
      });
    }
  });
  // The bench went away: do not linger.
  process.on('disconnect', () => process.exit(1));
  send({ type: 'ready', url: sut.url });
}

main().catch((err: unknown) => {
  send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  process.exit(1);
});

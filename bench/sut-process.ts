import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromSut, SutSpec, ToSut } from './sut.js';

export interface SutStats {
  rss: number;
  maxRss: number;
  cpuMs: number;
}

export interface SutProcess {
  url: string;
  stats(): Promise<SutStats>;
  /** Start the V8 profiler; with `file`, stop it and write the profile there. */
  profile(file?: string): Promise<void>;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();

/** For exit handlers: kill whatever is still running. */
export function killAllSuts(): void {
  for (const child of live) child.kill('SIGKILL');
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Forks bench/sut.ts. */
export async function startSut(spec: SutSpec): Promise<SutProcess> {
  const entry = fileURLToPath(new URL('./sut.ts', import.meta.url));
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_SUT: JSON.stringify(spec) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  live.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(child);
      resolve(code);
    }),
  );
  const waitFor = <T extends FromSut['type']>(
    type: T,
    ms: number,
    pick?: (m: FromSut) => boolean,
  ) =>
    withTimeout(
      new Promise<Extract<FromSut, { type: T }>>((resolve, reject) => {
        const onMessage = (msg: FromSut) => {
          if (msg.type === 'error') reject(new Error(`${spec.kind} failed: ${msg.message}`));
          if (msg.type !== type || (pick && !pick(msg))) return;
          child.off('message', onMessage);
          resolve(msg as Extract<FromSut, { type: T }>);
        };
        child.on('message', onMessage);
        void exited.then((code) => reject(new Error(`${spec.kind} exited with ${code}`)));
      }),
      ms,
      `${spec.kind} ${type}`,
    );
  const post = (msg: ToSut) => child.send(msg);

  let ready;
  try {
    ready = await waitFor('ready', 30_000);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  let seq = 0;
  return {
    url: ready.url,
    async stats() {
      const id = ++seq;
      const reply = waitFor('stats', 5_000, (m) => m.type === 'stats' && m.id === id);
      post({ type: 'stats', id });
      const { rss, maxRss, cpuMs } = await reply;
      return { rss, maxRss, cpuMs };
    },
    async profile(file) {
      const id = ++seq;
      const reply = waitFor('profiled', 15_000, (m) => m.type === 'profiled' && m.id === id);
      post({ type: 'profile', id, ...(file !== undefined ? { file } : {}) });
      await reply;
    },
    async stop() {
      if (child.exitCode !== null) return;
      post({ type: 'stop' });
      try {
        await withTimeout(exited, 15_000, `${spec.kind} stop`);
      } catch {
        child.kill('SIGKILL');
      }
    },
  };
}

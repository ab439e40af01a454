import { createServer } from 'node:net';

/** A TCP port nothing listens on right now, for a child redis-server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Arguments for a redis-server child on loopback. `durable`: AOF with everysec fsync and
 * noeviction, what the relay's "nothing acknowledged is lost" needs; otherwise nothing is
 * written to disk (throwaway test servers).
 */
export function redisServerArgs(opts: { port: number; dir: string; durable: boolean }): string[] {
  const persistence = opts.durable
    ? ['--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction']
    : ['--appendonly', 'no'];
  return [
    '--port',
    String(opts.port),
    '--bind',
    '127.0.0.1',
    '--dir',
    opts.dir,
    ...persistence,
    '--save',
    '',
  ];
}

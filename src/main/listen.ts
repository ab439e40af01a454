import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A start-up failure whose message says what to change; the CLI prints it without a stack. */
export class StartupError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'StartupError';
  }
}

/** What to tell the operator when the port cannot be bound. */
export function explainListenError(err: unknown, port: number, host: string): Error {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  switch (code) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${port} on ${host} is already in use (another connector-relay, or another server). ` +
          `Set PORT to a free port (for example PORT=${port === 65535 ? 3000 : port + 1}), or stop what is listening on ${port}.`,
        code,
      );
    case 'EACCES':
      return new StartupError(
        `not allowed to listen on port ${port} on ${host} (ports below 1024 need privileges). ` +
          `Set PORT to 1024 or above, and put a reverse proxy in front if the relay must answer on ${port}.`,
        code,
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(
        `cannot listen on ${host}: it is not an address of this machine. ` +
          'Set HOST to one of its addresses, or to 0.0.0.0 to listen on all of them.',
        code,
      );
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

/** Listens and resolves with the address actually bound, or rejects with a StartupError. */
export async function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  const listening = once(server, 'listening');
  server.listen(port, host);
  try {
    await listening;
  } catch (err) {
    throw explainListenError(err, port, host);
  }
  return server.address() as AddressInfo;
}

/**
 * Structured logging: one JSON object per line. Never pass secrets (webhook URLs, tokens);
 * main/logger.ts also redacts known secret keys, but only as a second line of defence.
 *
 * This is the interface pure code depends on. The real implementation (pino, stdout) is built
 * in main/; what is here needs no I/O: a logger that hands each line to a callback (tests
 * capture lines with it) and a silent one.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `bindings` to every line it writes (e.g. a request id). */
  child(bindings: LogFields): Logger;
}

const ORDER: Record<LogLevel | 'silent', number> = {
  debug: 10,
  info: 20,
  warn: 30,
  error: 40,
  silent: 100,
};

/** Errors do not survive JSON.stringify (`{}`): keep their type, message and stack. */
function plain(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  return { type: value.name, message: value.message, stack: value.stack };
}

/**
 * A logger that passes each JSON line to `write`; the line shape matches the production
 * logger's (`time`, `level` as a word, `msg`, then the fields).
 */
export function createLogger(
  level: LogLevel | 'silent',
  write: (line: string) => void,
  now: () => Date = () => new Date(),
  bindings: LogFields = {},
): Logger {
  const min = ORDER[level];
  const log =
    (lvl: LogLevel) =>
    (msg: string, fields?: LogFields): void => {
      if (ORDER[lvl] < min) return;
      const line: LogFields = { time: now().toISOString(), level: lvl, ...bindings };
      for (const [k, v] of Object.entries(fields ?? {})) line[k] = plain(v);
      line.msg = msg;
      write(JSON.stringify(line));
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (more) => createLogger(level, write, now, { ...bindings, ...more }),
  };
}

const noop = () => {};

/** Writes nothing. */
export const silentLogger: Logger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
};

import type { LogLevel, Logger } from '../../src/core/logger.js';
import { createRelayLogger } from '../../src/main/logger.js';

export interface LogLine {
  level: LogLevel;
  time: string;
  msg: string;
  reqId?: string;
  [field: string]: unknown;
}

/** The production (pino) logger writing into memory: what stdout would have shown, parsed. */
export function captureLogs(level: LogLevel | 'silent' = 'debug'): {
  logger: Logger;
  lines: LogLine[];
  /** The raw text, to prove something never appears anywhere in it. */
  text: () => string;
} {
  const raw: string[] = [];
  const lines: LogLine[] = [];
  const destination = {
    write(chunk: string) {
      raw.push(chunk);
      for (const line of chunk.split('\n')) if (line) lines.push(JSON.parse(line) as LogLine);
    },
  };
  return { logger: createRelayLogger({ level, destination }), lines, text: () => raw.join('') };
}

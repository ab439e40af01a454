import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCorpus } from './folders.js';
import { startHarness } from './harness.js';
import { formatReport, succeeded } from './report.js';
import { replayCorpus } from './replay.js';

const USAGE =
  'usage: npm run corpus -- <dir> [--card-timeout-ms N]\n' +
  '  <dir> holds one folder per sender (bitbucket-cloud, github, …) of payload *.json files';

/** Exit statuses: every payload correct; some failed; the command line was wrong. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface Output {
  write(text: string): void;
}

/**
 * Replays a corpus directory through a real relay into a fake Teams and reports, per
 * connector type, how many payloads became valid cards naming their subject.
 */
export async function main(
  argv: readonly string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { 'card-timeout-ms': { type: 'string' } },
    });
  } catch (e) {
    err.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const [dir, ...rest] = parsed.positionals;
  const timeout = Number(parsed.values['card-timeout-ms'] ?? 10_000);
  if (!dir || rest.length > 0 || !Number.isInteger(timeout) || timeout <= 0) {
    err.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    err.write(`not a directory: ${dir}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const folders = readCorpus(dir);
  const harness = await startHarness();
  try {
    const outcome = await replayCorpus(folders, harness, timeout);
    out.write(formatReport(outcome));
    return succeeded(outcome) ? EXIT.ok : EXIT.failed;
  } finally {
    await harness.close();
  }
}

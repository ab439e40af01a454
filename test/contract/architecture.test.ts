import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Pure logic stays pure: no I/O libraries, no clock of its own (time comes in as `now`). */
const PURE = [
  'core',
  'cards',
  'connectors',
  'delivery/classify.ts',
  'delivery/backoff.ts',
  'delivery/destination-url.ts',
];
/** Where the clock itself is defined: the one place allowed to read it. */
const CLOCK_SOURCES = new Set(['core/clock.ts', 'core/logger.ts']);

describe('architecture', () => {
  const pureFiles = PURE.flatMap((p) =>
    p.endsWith('.ts') ? [join(SRC, p)] : filesUnder(join(SRC, p)),
  );

  it('finds the pure modules it guards', () => {
    expect(pureFiles.length).toBeGreaterThan(30);
  });

  it.each(pureFiles.map((f) => [relative(SRC, f), f]))(
    '%s imports no I/O library',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from '(express|ioredis|bullmq|undici)'/);
      expect(text).not.toMatch(/from '\.\.\/(queue|relay|main|store\/(?!types))/);
    },
  );

  it.each(
    pureFiles.filter((f) => !CLOCK_SOURCES.has(relative(SRC, f))).map((f) => [relative(SRC, f), f]),
  )('%s does not read the clock', (_name, file) => {
    expect(readFileSync(file, 'utf8')).not.toMatch(/Date\.now\(|new Date\(\)/);
  });

  it('builds error responses in one place only', () => {
    const offenders = filesUnder(SRC).filter((f) => {
      if (relative(SRC, f) === 'relay/errors.ts') return false;
      return /\.status\(\s*\d{3}\s*\)\.json\(\s*\{\s*error/.test(readFileSync(f, 'utf8'));
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });
});

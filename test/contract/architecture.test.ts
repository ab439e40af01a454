import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
/** A small src/ that breaks each import rule once, beside imports the rules must allow. */
const FIXTURE = join(ROOT, 'test', 'fixtures', 'boundaries');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Cruises `src` below `baseDir` with the project's own .dependency-cruiser.js, as
 * `npm run lint` does. The rules match paths relative to baseDir, so the fixture is checked by
 * exactly the rules that check the product.
 */
async function cruiseSrc(baseDir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(join(ROOT, '.dependency-cruiser.js'));
  const tsConfigFile = join(ROOT, 'tsconfig.json');
  const { output } = await cruise(
    ['src'],
    { ...options, baseDir, tsConfig: { fileName: tsConfigFile } },
    {},
    { tsConfig: extractTSConfig(tsConfigFile) },
  );
  if (typeof output === 'string') throw new Error('expected a cruise result, got a report');
  return output;
}

/** `rule: from → to`, with packages named by name rather than by their path on disk. */
function describeViolation(v: IViolation): string {
  const to = v.to.replace(/^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1');
  return `${v.rule.name}: ${v.from} → ${to}`;
}

/** Pure logic stays pure: no clock of its own (time comes in as `now`). */
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

  describe('import boundaries (.dependency-cruiser.js)', () => {
    it('src has no violations, and every file in it was cruised', async () => {
      const result = await cruiseSrc(ROOT);
      expect(result.summary.violations.map(describeViolation)).toEqual([]);
      const cruised = result.modules.map((m) => m.source).filter((s) => s.startsWith('src/'));
      expect(cruised.sort()).toEqual(
        filesUnder(SRC)
          .map((f) => relative(ROOT, f))
          .sort(),
      );
    });

    it('each rule bites on the fixture, once, and allows what the layout allows', async () => {
      const result = await cruiseSrc(FIXTURE);
      expect(result.summary.violations.map(describeViolation).sort()).toEqual([
        'cards-not-connectors: src/cards/from-sender.ts → src/connectors/types.ts',
        'core-only-core: src/core/title.ts → src/cards/render.ts',
        'kit-only-types-core: src/connectors/kit/leak.ts → src/connectors/a/index.ts',
        'no-circular: src/queue/a.ts → src/queue/b.ts',
        'no-non-package-json: src/main/hoisted.ts → undici-types',
        'no-orphans: src/store/orphan.ts → src/store/orphan.ts',
        'not-to-dev-dep: src/main/dev-tool.ts → vitest',
        'not-to-unresolvable: src/main/unresolved.ts → ./missing.js',
        'only-registry-imports-senders: src/relay/app.ts → src/connectors/b/internal.ts',
        'pure-no-impure-src: src/cards/x/y.ts → src/relay/app.ts',
        'pure-no-impure-src: src/delivery/classify.ts → src/delivery/client.ts',
        'pure-no-io-libraries: src/core/cache.ts → ioredis',
        'pure-no-io-libraries: src/delivery/backoff.ts → fs/promises',
        'registry-imports-sender-index-only: src/connectors/registry.ts → src/connectors/b/internal.ts',
        'sender-not-other-sender: src/connectors/a/card.ts → src/connectors/b/internal.ts',
        'sender-only-kit-types-core: src/connectors/a/render.ts → src/cards/render.ts',
      ]);
    });

    it('every rule in the config has a fixture that breaks it', async () => {
      const { summary } = await cruiseSrc(FIXTURE);
      const ruleNames = (summary.ruleSetUsed?.forbidden ?? []).map((rule) => rule.name);
      expect(ruleNames.length).toBeGreaterThan(10);
      expect(new Set(summary.violations.map((v) => v.rule.name))).toEqual(new Set(ruleNames));
    });
  });

  it('finds the pure modules it guards', () => {
    expect(pureFiles.length).toBeGreaterThan(30);
  });

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

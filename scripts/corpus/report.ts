import type { FileResult } from './replay-file.js';
import type { ReplayOutcome } from './replay.js';

interface TypeLine {
  type: string;
  results: FileResult[];
}

function byType(results: readonly FileResult[]): TypeLine[] {
  const lines = new Map<string, TypeLine>();
  for (const r of results) {
    const line = lines.get(r.type) ?? { type: r.type, results: [] };
    line.results.push(r);
    lines.set(r.type, line);
  }
  return [...lines.values()];
}

function summary(results: readonly FileResult[]): string {
  // A folder that was never sent says why instead (no such connector type 'gitlab').
  const first = results[0];
  if (first?.unsent) return first.reason ?? 'not sent';
  const without = (['handshake', 'duplicate'] as const).flatMap((kind) => {
    const n = results.filter((r) => r.ok && r.expected === kind).length;
    return n ? [`${n} ${kind}${n > 1 ? 's' : ''}`] : [];
  });
  return `valid cards naming their subject${without.length ? ` (${without.join(', ')})` : ''}`;
}

/**
 * One line per type, then every failure with its file and reason, then the total:
 *
 *   github  14/14 valid cards naming their subject (1 handshake)
 */
export function formatReport(outcome: ReplayOutcome): string {
  const lines = byType(outcome.results);
  const count = (rs: readonly FileResult[]) => `${rs.filter((r) => r.ok).length}/${rs.length}`;
  const typeWidth = Math.max(0, ...lines.map((l) => l.type.length));
  const countWidth = Math.max(0, ...lines.map((l) => count(l.results).length));
  const out = lines.map(
    (l) =>
      `${l.type.padEnd(typeWidth)}  ${count(l.results).padStart(countWidth)} ${summary(l.results)}`,
  );
  const failures = outcome.results.filter((r) => !r.ok);
  if (failures.length > 0 || outcome.problems.length > 0) {
    out.push('', 'failures:');
    for (const f of failures) out.push(`  ${f.file}: ${f.reason}`);
    for (const p of outcome.problems) out.push(`  (run) ${p}`);
  }
  out.push('', `total ${count(outcome.results)}`);
  return out.join('\n') + '\n';
}

export function succeeded(outcome: ReplayOutcome): boolean {
  return outcome.problems.length === 0 && outcome.results.every((r) => r.ok);
}

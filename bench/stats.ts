/** Small numeric helpers and the result table. */

export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export type Better = 'higher' | 'lower';

export interface Row {
  metric: string;
  unit: string;
  better: Better;
  baseline: number;
  relay: number;
}

/** Relay versus baseline, oriented so that a value above 1 always means the relay is better. */
export function advantage(row: Row): number {
  return row.better === 'higher' ? row.relay / row.baseline : row.baseline / row.relay;
}

function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1000) return n.toFixed(0);
  if (abs >= 100) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  return n.toFixed(3);
}

export function table(rows: Row[]): string {
  const head = ['metric', 'unit', 'better', 'baseline', 'relay', 'relay advantage (x)'];
  const body = rows.map((r) => [
    r.metric,
    r.unit,
    r.better,
    fmt(r.baseline),
    fmt(r.relay),
    fmt(advantage(r)),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

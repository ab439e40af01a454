/**
 * Binding a prepared template to one event's payload, with the work bounded by counts, never
 * by a clock: the data is a capped copy of the payload (long strings cut, long arrays and
 * wide objects sliced, deep nesting dropped), and the meter (meter.ts) counts every node the
 * engine expands, every expression step and the size of what each makes. A template that
 * would go past a bound fails with a reason; the caller then falls back to a plain card. Pure.
 */
import type { PreparedTemplate } from './template.js';

export { WORK_LIMITS } from './meter.js';

export const BIND_LIMITS = {
  /** Characters kept of any one string of the payload. */
  stringChars: 2000,
  /** Items kept of any one array: more than a card shows. */
  arrayItems: 50,
  /** Keys kept of any one object. */
  objectKeys: 200,
  /** Nesting kept; deeper values read as absent. */
  depth: 12,
  /** Characters of the payload's strings kept in all. */
  totalChars: 256 * 1024,
} as const;

/** A copy of the payload within the bounds above, of plain objects with own keys only. */
export function boundedData(payload: unknown): unknown {
  let budget: number = BIND_LIMITS.totalChars;
  const copy = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') {
      const kept = value.slice(0, Math.max(0, Math.min(BIND_LIMITS.stringChars, budget)));
      budget -= kept.length;
      return kept;
    }
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= BIND_LIMITS.depth) return undefined;
    if (Array.isArray(value)) {
      return value.slice(0, BIND_LIMITS.arrayItems).map((item) => copy(item, depth + 1) ?? null);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).slice(0, BIND_LIMITS.objectKeys)) {
      budget -= key.length;
      if (budget < 0) break;
      const child = copy((value as Record<string, unknown>)[key], depth + 1);
      // defineProperty: a payload's own "__proto__" key stays a plain key of the copy.
      if (child !== undefined) {
        Object.defineProperty(out, key, {
          value: child,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
    }
    return out;
  };
  return copy(payload, 0);
}

export type BindResult = { ok: true; value: unknown } | { ok: false; reason: string };

interface Expandable {
  internalExpand: (this: Expandable, node: unknown) => unknown;
}

export interface BindContext {
  /** The event name, readable in templates as `${$host.event}`. */
  event: string;
}

/** Expands `template` over `payload` within the data bounds and WORK_LIMITS; never throws. */
export function bindTemplate(
  template: PreparedTemplate,
  payload: unknown,
  context: BindContext,
): BindResult {
  const { engine, meter } = template;
  const expandable = engine as unknown as Expandable;
  const inner = (Object.getPrototypeOf(expandable) as Expandable).internalExpand;
  meter.reset();
  // Every node the engine expands passes through internalExpand, repetitions included.
  expandable.internalExpand = function counted(this: Expandable, node: unknown): unknown {
    meter.node();
    const result = inner.call(this, node);
    meter.output(result);
    return result;
  };
  try {
    const value: unknown = engine.expand({
      $root: boundedData(payload),
      $host: { event: context.event },
    });
    // An exceeded bound inside string interpolation is swallowed by the engine: ask the meter.
    if (meter.exceeded) return { ok: false, reason: meter.exceeded };
    return { ok: true, value };
  } catch (err) {
    if (meter.exceeded) return { ok: false, reason: meter.exceeded };
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `an expression failed: ${reason.slice(0, 200)}` };
  } finally {
    delete (expandable as Partial<Expandable>).internalExpand;
  }
}

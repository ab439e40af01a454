/**
 * `data.old`: the previous value of every attribute an `update…` action changed. It comes
 * from the body, so it is probed for known keys by name and never enumerated: the body
 * decides how many keys it has, and listing an object's keys takes time in proportion to all
 * of them, even in a loop that stops early.
 */
export type OldValues = Readonly<Record<string, unknown>>;

/** At most this many changed attribute names are shown on a card. */
export const MAX_CHANGED = 10;

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Own keys only: `old` comes from the body, and `in` would also see Object.prototype. */
export function has(old: OldValues, key: string): boolean {
  return Object.hasOwn(old, key);
}

/** Which of `known` attributes `old` holds, in the order of `known`, at most MAX_CHANGED. */
export function changedKeys(old: OldValues, known: readonly string[]): string[] {
  return known.filter((key) => has(old, key)).slice(0, MAX_CHANGED);
}

/** Entities are stored as JSON strings; a corrupt record is a bug worth failing loudly on. */
export function decode<T>(raw: string | null, what: string): T | undefined {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new Error(`corrupt ${what} record in Redis`);
  }
}

/** A hash as Lua's HGETALL returns it (a flat field, value, … list) as an object. */
export function hashFromFlat(flat: readonly string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (let i = 0; i + 1 < flat.length; i += 2) h[flat[i]!] = flat[i + 1]!;
  return h;
}

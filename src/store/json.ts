/** Entities are stored as JSON strings; a corrupt record is a bug worth failing loudly on. */
export function decode<T>(raw: string | null, what: string): T | undefined {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    throw new Error(`corrupt ${what} record in Redis`);
  }
}

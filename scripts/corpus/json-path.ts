/**
 * JSON paths as SOURCES.md writes them: `repository.full_name`, `alerts[0].labels.alertname`,
 * `resource.fields["System.Title"]` (a key with dots in brackets).
 */
export type PathSegment = string | number;

const SEGMENT = /\.?([^.[\]]+)|\[(\d+)\]|\["([^"]+)"\]/y;

export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < path.length) {
    const at = SEGMENT.lastIndex;
    const m = SEGMENT.exec(path);
    if (!m) throw new Error(`bad JSON path '${path}' at character ${at}`);
    segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]!));
  }
  return segments;
}

/** The value at `path`, or undefined where any step is missing. */
export function readPath(value: unknown, path: string): unknown {
  let here = value;
  for (const segment of parsePath(path)) {
    if (typeof here !== 'object' || here === null) return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(here)) return undefined;
      here = here[segment] as unknown;
    } else {
      if (Array.isArray(here) || !Object.hasOwn(here, segment)) return undefined;
      here = (here as Record<string, unknown>)[segment];
    }
  }
  return here;
}

/** A string or number at `path` as text; undefined when absent, empty or of another kind. */
export function readText(value: unknown, path: string): string | undefined {
  const found = readPath(value, path);
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  if (typeof found !== 'string') return undefined;
  return found.trim() === '' ? undefined : found;
}

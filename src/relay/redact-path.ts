/** Ingest paths carry a bearer token: never log it. */
export function redactPath(path: string): string {
  return path.replace(/^(\/hooks\/[^/]+\/)[^/]+/, '$1…');
}

/** Plain-text helpers shared by normalisers and card builders. Pure. */

/** Cut `text` to at most `max` characters on a character boundary, marking the cut with "…". */
export function excerpt(text: string | null | undefined, max: number): string | undefined {
  if (text == null) return undefined;
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  if (normalized.length === 0) return undefined;
  if (normalized.length <= max) return normalized;
  const chars = Array.from(normalized);
  if (chars.length <= max) return normalized;
  return (
    chars
      .slice(0, Math.max(0, max - 1))
      .join('')
      .trimEnd() + '…'
  );
}

/** The first line of a multi-line message (commit subjects). */
export function firstLine(text: string | null | undefined): string {
  if (text == null) return '';
  const i = text.search(/\r?\n/);
  return (i === -1 ? text : text.slice(0, i)).trim();
}

export function shortSha(sha: string | null | undefined, length = 7): string {
  return (sha ?? '').slice(0, length);
}

/** Plain-text helpers shared by normalisers and card builders. Pure. */

/**
 * Cut `text` to at most `max` code points (never splitting a surrogate pair), marking the cut
 * with "…". Work is bounded by `max`, not by the input: a sender's 5 MB string costs the same
 * as a short one.
 */
export function excerpt(text: string | null | undefined, max: number): string | undefined {
  if (text == null) return undefined;
  let head = text.trimStart();
  // A code point is at most 2 UTF-16 units, so this slice still holds more than `max` of them.
  const limit = 2 * max + 2;
  const sliced = head.length > limit;
  if (sliced) head = head.slice(0, limit);
  const normalized = head.replace(/\r\n?/g, '\n').trimEnd();
  if (normalized.length === 0) return undefined;
  if (!sliced && normalized.length <= max) return normalized;
  const chars = Array.from(normalized);
  if (!sliced && chars.length <= max) return normalized;
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

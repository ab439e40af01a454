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

const BLANK_CONTROLS = /[\t\v\f]/g;
/** Every character visibleText replaces or removes: all controls but the line feed, and bidi. */
const CHANGED_BY_VISIBLE_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Any control character, line breaks included, or a bidi override. */
// eslint-disable-next-line no-control-regex
export const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text as it may be shown: line breaks as "\n", tab, vertical tab and form feed as a space, and
 * nothing invisible that changes what is displayed. Control characters (C0, DEL, C1) go, and so
 * do the bidi overrides and isolates U+202A–U+202E and U+2066–U+2069, which make a line read in
 * an order other than the one it is stored in ("Trojan Source", CVE-2021-42574).
 */
export function visibleText(text: string): string {
  // Most text has nothing to change: one scan instead of three replacements.
  if (!CHANGED_BY_VISIBLE_TEXT.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(BLANK_CONTROLS, ' ').replace(INVISIBLE_CONTROLS, '');
}

/**
 * Turning sender-written plain text into the Markdown subset Teams renders (Adaptive Card
 * TextBlock and FactSet, MessageCard text fields) without letting the text format itself. Pure.
 */
import type { CardItem, CardList } from '../core/card-model.js';

/** Inline characters that start emphasis, strike-through, code or a link. */
const INLINE_SPECIALS = /[\\*_`[\]~]/g;

/**
 * A '<' that could open a tag: `<at>` mention text, or the limited HTML MessageCards accept.
 * It becomes U+2039 '‹', a lookalike, rather than `&lt;`: Adaptive Cards document no HTML or
 * entity support, so whether a TextBlock shows `&lt;` as '<' or as the five characters is
 * undocumented and could differ between clients, and a MessageCard would decode `&lt;`. A
 * lookalike reads the same everywhere and can never form a tag. A '<' before a space or digit
 * ("a < b", "<3") is left alone: it cannot open a tag.
 */
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
const TAG_OPENER_LOOKALIKE = '\u2039';

/** CommonMark decodes entity references, so "&amp;" typed by a user would show as "&". */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * Adaptive Cards expand `{{DATE(...)}}` / `{{TIME(...)}}` in TextBlocks; a zero-width space
 * between the braces keeps a user's literal text literal.
 */
const DATE_FUNCTION = /\{\{(?=\s*(?:DATE|TIME)\()/gi;

/** Block markers that turn a line into a heading, quote, list item or setext underline. */
const LINE_START_MARKER = /^(\s*)([#>+\-=])/;
/** Ordered list markers: CommonMark accepts both "1." and "1)". */
const LINE_START_ORDINAL = /^(\s*)(\d+)([.)])/;

function escapeLine(line: string): string {
  return line
    .replace(INLINE_SPECIALS, '\\$&')
    .replace(TAG_OPENER, TAG_OPENER_LOOKALIKE)
    .replace(ENTITY_START, '\\&')
    .replace(DATE_FUNCTION, '{\u200B{')
    .replace(LINE_START_MARKER, '$1\\$2')
    .replace(LINE_START_ORDINAL, '$1$2\\$3');
}

/** Escape plain text so Teams shows it exactly as written. Newlines are kept (as `\n`). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('\n');
}

/** Teams collapses a single `\n`; every line break must become a paragraph break. */
export function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n(?:[ \t]*\n)*/g, '\n\n');
}

/** Collapse a possibly multi-line value onto one line (titles, list items, facts). */
export function oneLine(text: string): string {
  // Split and trim rather than one regex: /\s*[\r\n]+\s*/ backtracks quadratically on long
  // runs of spaces with no line break.
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/** Characters that would end a Markdown link destination early, escape its `)`, or break the line. */
// eslint-disable-next-line no-control-regex
const URL_UNSAFE = /[\s\u0000-\u001f\u007f()<>\\]/g;

/**
 * The URL if it is safe to make clickable, else undefined. Only http(s) qualifies, so a
 * `javascript:` or `data:` URL from a payload can never become a link or a button.
 */
export function linkUrl(
  url: string | undefined,
  opts: { httpsOnly?: boolean } = {},
): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  const scheme = opts.httpsOnly ? /^https:\/\//i : /^https?:\/\//i;
  if (!scheme.test(trimmed)) return undefined;
  // The WHATWG parser silently drops tabs and newlines, so check the encoded form parses too.
  const encoded = trimmed.replace(URL_UNSAFE, percentEncode);
  if (!URL.canParse(encoded)) return undefined;
  return encoded;
}

/** encodeURIComponent leaves parentheses alone, but they end a Markdown link destination. */
function percentEncode(c: string): string {
  if (c === '(') return '%28';
  if (c === ')') return '%29';
  return encodeURIComponent(c);
}

/** `[text](url)` with the text escaped; plain escaped text when the URL is not http(s). */
export function mdLink(text: string, url: string | undefined): string {
  const label = escapeMarkdown(oneLine(text));
  const href = linkUrl(url);
  if (href === undefined) return label;
  return `[${label.length > 0 ? label : escapeMarkdown(href)}](${href})`;
}

/** One list line: "`sha` [text](url) — detail". */
export function listItemLine(item: CardItem): string {
  const parts: string[] = [];
  // Backslash escapes do not work inside a code span, so characters that would end it go.
  const code = item.code === undefined ? '' : oneLine(item.code).replace(/`/g, '');
  if (code.length > 0) parts.push(`\`${code}\``);
  parts.push(mdLink(item.text, item.url));
  let line = parts.join(' ');
  const detail = item.detail === undefined ? '' : oneLine(item.detail);
  if (detail.length > 0) line += ` — ${escapeMarkdown(detail)}`;
  return line;
}

/** How many entries of the list are not shown, counting the sender's real total. */
export function hiddenCount(list: CardList): number {
  return Math.max(list.total, list.items.length) - list.items.length;
}

/** The visible "… and N more {label}" line, linked to the whole list; undefined if none hidden. */
export function moreLine(list: CardList): string | undefined {
  const hidden = hiddenCount(list);
  if (hidden <= 0) return undefined;
  return mdLink(`… and ${hidden} more ${list.label}`, list.moreUrl);
}

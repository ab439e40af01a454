/**
 * Sender-written plain text as the Markdown Teams renders (Adaptive Card TextBlock and FactSet,
 * MessageCard text fields): escaped text, links, list lines and paragraphs. Pure. How text is
 * escaped, and why so little, is explained in escape.ts.
 */
import type { CardItem, CardList } from '../core/card-model.js';
import { ANY_CONTROL, visibleText } from '../core/text.js';
import { LINE_START, LINK_TEXT, MID_LINE, escapeText } from './escape.js';

/** Escape plain text so Teams shows it exactly as written. Newlines are kept (as `\n`). */
export function escapeMarkdown(text: string): string {
  return escapeText(text, LINE_START);
}

/** `_text_` on one line, in italics; the text's own underscores cannot pair with the wrapper. */
export function italic(text: string): string {
  const line = oneLine(text);
  return line.length > 0 ? `_${escapeText(line, { ...MID_LINE, wrappedIn: '_' })}_` : '';
}

/** Teams collapses a single `\n`; every line break must become a paragraph break. */
export function paragraphs(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n(?:[ \t]*\n)*/g, '\n\n');
}

/** Collapse a possibly multi-line value onto one line (titles, list items, facts, summary). */
export function oneLine(text: string): string {
  // Without line breaks or controls, only the ends can change.
  if (!ANY_CONTROL.test(text)) return text.trim();
  // Split and trim rather than one regex: /\s*[\r\n]+\s*/ backtracks quadratically on long
  // runs of spaces with no line break.
  return visibleText(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .join(' ');
}

/**
 * Characters that would end a Markdown link destination early, escape its `)`, or break the
 * line, and invisible controls and bidi overrides, which are percent-encoded like any other.
 */
// eslint-disable-next-line no-control-regex
const URL_UNSAFE = /[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069()<>\\]/g;

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

/** `[label](href)` for a URL linkUrl accepted; the URL is the label when there is none. */
function linkTo(label: string, href: string): string {
  return `[${escapeText(label.length > 0 ? label : href, LINK_TEXT)}](${href})`;
}

/** `[text](url)` with the text escaped; plain escaped text when the URL is not http(s). */
export function mdLink(text: string, url: string | undefined): string {
  const href = linkUrl(url);
  const label = oneLine(text);
  return href === undefined ? escapeMarkdown(label) : linkTo(label, href);
}

/** One list line: "`sha` [text](url) — detail". */
export function listItemLine(item: CardItem): string {
  // Backslash escapes do not work inside a code span, so characters that would end it go.
  const code = item.code === undefined ? '' : oneLine(item.code).replace(/`/g, '');
  const start = code.length > 0 ? `\`${code}\` ` : '';
  const text = oneLine(item.text);
  const detail = item.detail === undefined ? '' : oneLine(item.detail);
  const tail = detail.length > 0 ? ` — ${detail}` : '';
  const href = linkUrl(item.url);
  // Without a link, text and detail are one run of plain text: escaped together, so emphasis
  // cannot open in one and close in the other.
  if (href === undefined) return start + escapeText(text + tail, start ? MID_LINE : LINE_START);
  return start + linkTo(text, href) + escapeText(tail, MID_LINE);
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

/**
 * The escaping engine behind markdown.ts: turning sender-written plain text into the Markdown Teams renders (Adaptive Card TextBlock and
 * FactSet, MessageCard text fields) so that it reads exactly as written on every client. Pure.
 *
 * Teams on iOS and Android print backslash escapes literally (MicrosoftDocs/msteams-docs#5793,
 * microsoft/AdaptiveCards#5590), and the Adaptive Cards mobile renderers' shared parser
 * (source/shared/cpp/ObjectModel/MarkDownBlockParser.cpp) starts a link at any '[', even one
 * after a backslash. So only what CommonMark, which the clients follow, would really format is
 * touched, and where one invisible character can stop it, that is used instead of a backslash: a
 * zero-width space breaks what only forms when two characters touch (a block marker at the start
 * of a line, a link's "](", an entity's "&name;", "{{DATE("), and '<' becomes a lookalike. Only
 * emphasis, strike-through and code spans, which nothing invisible can stop, get backslashes, and
 * only when they could pair.
 */
import { visibleText } from '../core/text.js';

/** Neither whitespace nor punctuation to CommonMark: it separates two characters unseen. */
const ZWSP = '\u200B';

// ---- Constructs one character long or side by side: broken without a backslash -------------

/**
 * A backslash before ASCII punctuation would escape it and vanish; before a line break it would
 * make a hard break and vanish; at the end of a piece it would escape what the caller puts next
 * (a link's ']', the notice's closing '_'). A zero-width space after it keeps it literal.
 */
const ACTIVE_BACKSLASH = /\\(?=[!-/:-@[-`{-~]|$)/g;

/** "](", "][" and "]:" make inline links, reference links and link definitions; '[' alone does not. */
const LINK_CLOSE = /\](?=[([:])/g;

/**
 * A '<' that could open a tag: `<at>` mention text, the limited HTML MessageCards accept, or an
 * autolink `<https://…>`. It becomes U+2039 '‹', a lookalike, rather than `&lt;`: Adaptive Cards
 * document no HTML or entity support, so whether a TextBlock shows `&lt;` as '<' or as the five
 * characters is undocumented and could differ between clients, and a MessageCard would decode
 * `&lt;`. A lookalike reads the same everywhere and can never form a tag. A '<' before a space
 * or digit ("a < b", "<3") is left alone: it cannot open a tag.
 */
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
const TAG_OPENER_LOOKALIKE = '\u2039';

/**
 * CommonMark decodes "&amp;" typed by a user to "&", and so, presumably, does the HTML the
 * mobile renderers build; a zero-width space after the '&' stops both, a backslash only the first.
 */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Adaptive Cards expand `{{DATE(...)}}` / `{{TIME(...)}}` in TextBlocks. */
const DATE_FUNCTION = /\{\{(?=\s*(?:DATE|TIME)\()/gi;

function neutraliseInline(line: string): string {
  return line
    .replace(ACTIVE_BACKSLASH, '\\' + ZWSP)
    .replace(LINK_CLOSE, ']' + ZWSP)
    .replace(TAG_OPENER, TAG_OPENER_LOOKALIKE)
    .replace(ENTITY_START, '&' + ZWSP)
    .replace(DATE_FUNCTION, '{' + ZWSP + '{');
}

// ---- Block markers: at the start of a line, after its indentation is removed -----------------

/** An ATX heading, bullet or ordered list item: its marker needs a space or the line end after it. */
const HEADING_OR_LIST_ITEM = /^(?:#{1,6}|[-+*]|\d{1,9}[.)])(?: |$)/;
/** A block quote, or a code fence of backticks or tildes. */
const QUOTE_OR_FENCE = /^(?:>|```|~~~)/;
/** Under a line of text: a setext heading underline ("===" or "---") or a table delimiter row. */
const SETEXT_UNDERLINE = /^=+ *$/;
const TABLE_DELIMITER_ROW = /^[-|: ]+$/;
const LEADING_SPACES = /^ +/;
const BLANK_LINE = /^ *$/;

/** "***", "- - -", "___": three or more of one of them, spaces allowed, nothing else. */
function isThematicBreak(line: string): boolean {
  const marker = line[0];
  if (marker !== '-' && marker !== '*' && marker !== '_') return false;
  let count = 0;
  for (const c of line) {
    if (c === marker) count += 1;
    else if (c !== ' ') return false;
  }
  return count >= 3;
}

function startsBlock(line: string, followsText: boolean): boolean {
  if (HEADING_OR_LIST_ITEM.test(line) || QUOTE_OR_FENCE.test(line) || isThematicBreak(line)) {
    return true;
  }
  return (
    followsText &&
    (SETEXT_UNDERLINE.test(line) || (TABLE_DELIMITER_ROW.test(line) && line.includes('-')))
  );
}

// ---- Emphasis, strike-through and code spans: backslashes, only where they could pair -------

type Kind = 'space' | 'punct' | 'other';
const SPACE: readonly Kind[] = ['space'];
const PUNCT: readonly Kind[] = ['punct'];
const OTHER: readonly Kind[] = ['other'];
/** CommonMark 0.31 counts symbols (Sm, Sc, Sk, So: '€', '©', emoji) as punctuation, 0.30 did not. */
const SYMBOL: readonly Kind[] = ['punct', 'other'];

function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e)
  );
}

/** How CommonMark's flanking rules see a character; the line and text edges count as space. */
function kindsOf(codePoint: number | undefined): readonly Kind[] {
  // visibleText left no ASCII whitespace but the space and the line feed.
  if (codePoint === undefined || codePoint === 0x20 || codePoint === 0x0a) return SPACE;
  if (codePoint < 0x80) return isAsciiPunctuation(codePoint) ? PUNCT : OTHER;
  const c = String.fromCodePoint(codePoint);
  if (/\p{Zs}/u.test(c)) return SPACE;
  if (/\p{P}/u.test(c)) return PUNCT;
  if (/\p{S}/u.test(c)) return SYMBOL;
  return OTHER;
}

function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  const isLowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
  return isLowSurrogate && index >= 2 ? text.codePointAt(index - 2) : unit;
}

interface Run {
  start: number;
  end: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
  escape: boolean;
}

/**
 * Whether a run could open or close emphasis (strike-through for `~`, as GFM and markdown-it do
 * it). For `*` and `~`, any run with a non-space after it counts as an opener and any with a
 * non-space before it as a closer: wider than CommonMark's flanking rules, and what older
 * Markdown parsers do. For `_` the flanking rules apply as CommonMark states them, because they
 * are what keeps an underscore inside a word (snake_case_name) from ever opening or closing;
 * where a neighbour is classified differently by different versions, both readings count.
 */
function setRoles(text: string, run: Run): void {
  const kindsBefore = kindsOf(codePointBefore(text, run.start));
  const kindsAfter = kindsOf(text.codePointAt(run.end));
  if (run.char !== '_') {
    run.canOpen = !kindsAfter.includes('space');
    run.canClose = !kindsBefore.includes('space');
    return;
  }
  for (const before of kindsBefore) {
    for (const after of kindsAfter) {
      const left = after !== 'space' && (after !== 'punct' || before !== 'other');
      const right = before !== 'space' && (before !== 'punct' || after !== 'other');
      run.canOpen ||= left && (!right || before === 'punct');
      run.canClose ||= right && (!left || after === 'punct');
    }
  }
}

function delimiterRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < text.length;) {
    const char = text[i]!;
    if (char !== '*' && char !== '_' && char !== '~' && char !== '`') {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (text[end] === char) end += 1;
    runs.push({ start: i, end, char, canOpen: false, canClose: false, escape: false });
    i = end;
  }
  return runs;
}

/**
 * A run that could open is escaped when a run of the same character that could close follows
 * it, and a run that could close when one that could open precedes it. Run lengths, nesting and
 * the "rule of 3" are ignored, which can only escape more, never less.
 */
function markEmphasis(text: string, runs: Run[], wrappedIn: string | undefined): void {
  const flanking = runs.filter((run) => run.char !== '`');
  for (const run of flanking) setRoles(text, run);
  const openerBefore = new Set<string>();
  for (const run of flanking) {
    if (run.canClose && openerBefore.has(run.char)) run.escape = true;
    if (run.canOpen) openerBefore.add(run.char);
  }
  const closerAfter = new Set<string>();
  for (let i = flanking.length - 1; i >= 0; i -= 1) {
    const run = flanking[i]!;
    if (run.canOpen && closerAfter.has(run.char)) run.escape = true;
    if (run.canClose) closerAfter.add(run.char);
  }
  // The caller's delimiters around the text would pair with one inside, or merge with one at
  // its edge into a longer run that no longer closes.
  for (const run of flanking) if (run.char === wrappedIn) run.escape = true;
}

/**
 * A code span needs two backtick runs of the same length, and backslashes inside one would show.
 * Escaping a run keeps it from opening a span but not from closing one (backslashes are literal
 * inside code spans, so "`a \`" is code), so as soon as two runs could pair, every run in the
 * paragraph is escaped. In link text every run is: it could pair with one after the link.
 */
function markCodeSpans(runs: Run[], all: boolean): void {
  const ticks = runs.filter((run) => run.char === '`');
  const lengths = new Set(ticks.map((run) => run.end - run.start));
  if (all || lengths.size < ticks.length) for (const run of ticks) run.escape = true;
}

/** Link text may hold brackets that pair ("[WIP] Fix"); one that does not would end it early. */
function markUnpairedBrackets(text: string, escape: Uint8Array): void {
  const open: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '[') open.push(i);
    else if (text[i] === ']' && open.pop() === undefined) escape[i] = 1;
  }
  for (const i of open) escape[i] = 1;
}

const MAY_NEED_BACKSLASH = /[*_~`[\]]/;

/** Backslashes for one paragraph (lines joined by "\n") that neutraliseInline already handled. */
function escapeDelimiters(text: string, scope: Scope): string {
  if (!MAY_NEED_BACKSLASH.test(text)) return text;
  const escape = new Uint8Array(text.length);
  const runs = delimiterRuns(text);
  markEmphasis(text, runs, scope.wrappedIn);
  markCodeSpans(runs, scope.label);
  for (const run of runs) if (run.escape) escape.fill(1, run.start, run.end);
  if (scope.label) markUnpairedBrackets(text, escape);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (escape[i] === 1) {
      out += text.slice(from, i) + '\\';
      from = i;
    }
  }
  return out + text.slice(from);
}

// ---- Putting it together ---------------------------------------------------------------------

/** Where a piece of text sits in the Markdown around it. */
export interface Scope {
  /** The text begins a line, so its first line may start a block. Later lines always may. */
  lineStart: boolean;
  /** Link text: unpaired brackets would end it, its backticks could pair with later ones. */
  label: boolean;
  /** The caller wraps the text in this delimiter, so every one inside is escaped. */
  wrappedIn?: string;
}

export const LINE_START: Scope = { lineStart: true, label: false };
export const MID_LINE: Scope = { lineStart: false, label: false };
export const LINK_TEXT: Scope = { lineStart: false, label: true };

/**
 * Text that needs nothing, as most does: it starts with a letter, so it can start no block,
 * and holds no control, line break, bidi override, or character any rule above looks at.
 */
// eslint-disable-next-line no-control-regex
const PLAIN = /^[A-Za-z][^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\\\]<&{*_~`[]*$/;

/**
 * Paragraphs are escaped one at a time, so a delimiter only counts as paired with one in the
 * same paragraph, as in CommonMark. Work is linear in the length of the text.
 */
export function escapeText(text: string, scope: Scope): string {
  if (PLAIN.test(text)) return text;
  const out: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0) out.push(escapeDelimiters(paragraph.join('\n'), scope));
    paragraph = [];
  };
  visibleText(text)
    .split('\n')
    .forEach((raw, i) => {
      const atLineStart = i > 0 || scope.lineStart;
      // CommonMark never shows a line's indentation, and four spaces would start a code block,
      // where the backslashes added here would show.
      const line = atLineStart ? raw.replace(LEADING_SPACES, '') : raw;
      if (BLANK_LINE.test(line)) {
        endParagraph();
        out.push(line);
        return;
      }
      const marker = atLineStart && startsBlock(line, paragraph.length > 0) ? ZWSP : '';
      paragraph.push(marker + neutraliseInline(line));
    });
  endParagraph();
  return out.join('\n');
}

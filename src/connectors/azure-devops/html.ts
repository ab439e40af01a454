import { excerpt } from '../../core/text.js';

/**
 * Work item rich-text fields (`System.History`, `System.Description`) are HTML. A card shows
 * text, so the markup goes and line breaks stay; renderers escape whatever is left.
 */
const BREAK = /<\s*(?:br\s*\/?|\/p|\/div|\/li|\/h[1-6]|\/tr)\s*>/gi;
const ITEM = /<\s*li\b[^>]{0,500}>/gi;
const TAG = /<\/?[A-Za-z][^>]{0,500}>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|amp|lt|gt|quot|apos|nbsp);/gi;

const NAMED: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', ' '],
]);

function decodeEntity(match: string, body: string): string {
  const lower = body.toLowerCase();
  const named = NAMED.get(lower);
  if (named !== undefined) return named;
  const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
}

/** Plain text of a short HTML fragment, cut to `max` characters. */
export function htmlToText(html: string | undefined, max: number): string | undefined {
  if (html === undefined) return undefined;
  const text = html
    .replace(BREAK, '\n')
    .replace(ITEM, '\n- ')
    .replace(TAG, '')
    .replace(ENTITY, decodeEntity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return excerpt(text, max);
}

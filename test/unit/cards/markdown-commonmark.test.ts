/**
 * Property: escaped text rendered by a real CommonMark parser shows exactly the text as written
 * (zero-width spaces aside, '<' as its lookalike), with no formatting at all. The parser is
 * markdown-it, which the Adaptive Cards JavaScript renderer uses when the host provides it.
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import {
  escapeMarkdown,
  italic,
  listItemLine,
  mdLink,
  oneLine,
  paragraphs,
} from '../../../src/cards/markdown.js';
import { visibleText } from '../../../src/core/text.js';

interface Renderer {
  render(src: string): string;
}

/** A small deterministic generator (an LCG), so a failure names a reproducible input. */
function generator(seed: number): () => string {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
  // Markdown syntax, the characters around it, and what visibleText strips.
  const tokens = [
    ...['*', '**', '***', '_', '__', '~', '~~', '`', '``', '```', '[', ']', '(', ')', '\\'],
    ...['#', '>', '+', '-', '=', '.', ':', '!', '|', '<', '&', 'amp;', '#60;', '{{', 'DATE('],
    ...['1', '12', '1. ', '- ', '* ', '# ', '---', ' ', ' ', '  ', '    ', '\n', '\n\n'],
    ...['a', 'b', 'word', 'snake_case', 'é', '€', '😀', '"', "'", '/', '\t', '\r\n'],
    ...['\u202E', '\u2066', '\u0007', '\u0085'],
  ];
  return () => {
    const length = 1 + Math.floor(next() * 16);
    return Array.from({ length }, () => tokens[Math.floor(next() * tokens.length)]).join('');
  };
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The rendered HTML as a reader sees it: zero-width spaces unseen, the lookalike as '<'. */
const seen = (html: string): string => html.replace(/\u200B/g, '').replace(/\u2039/g, '&lt;');
const lines = (s: string): string[] =>
  visibleText(s)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

describe('escaped text rendered by markdown-it', () => {
  const parsers: Array<[string, Renderer]> = [
    ['commonmark', new MarkdownIt('commonmark')],
    // The default preset adds strike-through and tables; html lets tags through.
    ['default', new MarkdownIt('default', { html: true })],
  ];
  const inputs = Array.from({ length: 400 }, generator(20261201));

  it.each(parsers)('%s: each line shows as written, in its own paragraph', (_name, md) => {
    for (const input of inputs) {
      const expected = lines(input)
        .map((line) => `<p>${escapeHtml(line)}</p>\n`)
        .join('');
      expect(seen(md.render(paragraphs(escapeMarkdown(input)))), JSON.stringify(input)).toBe(
        expected,
      );
    }
  });

  it.each(parsers)('%s: lines of one paragraph pair with each other, not format', (_name, md) => {
    for (const input of inputs) {
      // Without paragraphs(), lines up to a blank line form one paragraph with soft breaks.
      const expected = visibleText(input)
        .split(/\n(?: *\n)+/)
        .map((block) => lines(block).join('\n'))
        .filter((block) => block.length > 0)
        .map((block) => `<p>${escapeHtml(block)}</p>\n`)
        .join('');
      const html = md.render(escapeMarkdown(input)).replace(/<br\s*\/?>\n/g, '\n');
      expect(seen(html), JSON.stringify(input)).toBe(expected);
    }
  });

  it.each(parsers)('%s: link text, list lines and the italic notice', (_name, md) => {
    for (const [i, input] of inputs.entries()) {
      const text = oneLine(input);
      if (text.length === 0) continue;
      const detail = oneLine(inputs[(i + 1) % inputs.length]!) || 'd';
      const href = 'https://x.example/p';
      expect(seen(md.render(mdLink(input, href))), JSON.stringify(input)).toBe(
        `<p><a href="${href}">${escapeHtml(text)}</a></p>\n`,
      );
      expect(seen(md.render(italic(input))), JSON.stringify(input)).toBe(
        `<p><em>${escapeHtml(text)}</em></p>\n`,
      );
      expect(
        seen(md.render(listItemLine({ code: 'abc', text: input, detail }))),
        JSON.stringify([input, detail]),
      ).toBe(`<p><code>abc</code> ${escapeHtml(`${text} — ${detail}`)}</p>\n`);
      expect(
        seen(md.render(listItemLine({ text: input, url: href, detail }))),
        JSON.stringify([input, detail]),
      ).toBe(`<p><a href="${href}">${escapeHtml(text)}</a>${escapeHtml(` — ${detail}`)}</p>\n`);
    }
  });
});

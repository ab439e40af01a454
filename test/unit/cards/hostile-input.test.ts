import { describe, expect, it } from 'vitest';
import type { CardModel } from '../../../src/core/card-model.js';
import { excerpt } from '../../../src/core/text.js';
import { linkUrl, mdLink, oneLine } from '../../../src/cards/markdown.js';
import { renderCard } from '../../../src/cards/render.js';

/** Work must be bounded by what is shown, not by what a sender sends. */
const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
};

describe('hostile input', () => {
  // Bounds are loose on purpose: the quadratic or linear-in-input versions take seconds here,
  // the bounded ones a millisecond, so a busy machine cannot make these flake.
  it('excerpts a 40 MB string in time independent of its length, marking the cut', () => {
    const huge = 'a'.repeat(40 * 1024 * 1024);
    const { value, ms } = timed(() => excerpt(huge, 100));
    expect(value).toBe('a'.repeat(99) + '…');
    expect(ms).toBeLessThan(250);
    // Trailing whitespace inside the kept slice must not hide the cut.
    expect(excerpt('x'.repeat(50) + ' '.repeat(500) + 'tail', 60)).toMatch(/…$/);
    expect(excerpt('   ' + '😀'.repeat(10), 4)).toBe('😀😀😀…');
  });

  it('folds 50k spaces onto one line without quadratic backtracking', () => {
    const { value, ms } = timed(() => oneLine(' '.repeat(50_000) + 'x' + ' '.repeat(50_000)));
    expect(value).toBe('x');
    expect(ms).toBeLessThan(1000);
    expect(oneLine(' a \r\n\r\n b \n c ')).toBe('a b c');
  });

  it('encodes a backslash so it cannot escape the closing parenthesis of a link', () => {
    expect(linkUrl('https://github.com/a\\')).toBe('https://github.com/a%5C');
    expect(mdLink('t', 'https://github.com/a\\')).toBe('[t](https://github.com/a%5C)');
  });

  it('drops a multi-megabyte URL without rendering it first', () => {
    const model: CardModel = {
      source: 'Test',
      summary: 'huge url',
      title: 'Huge',
      titleUrl: 'https://example.com/' + 'a'.repeat(20 * 1024 * 1024),
      accent: 'default',
      facts: [],
      links: [{ title: 'Open', url: 'https://example.com/' + 'b'.repeat(20 * 1024 * 1024) }],
    };
    const { value, ms } = timed(() =>
      renderCard(model, { kind: 'workflows', o365Format: 'messagecard' }),
    );
    expect(value.bytes).toBeLessThanOrEqual(24 * 1024);
    expect(value.truncated).toBe(true);
    expect(value.body).not.toContain('aaaaaaaaaa');
    expect(ms).toBeLessThan(400);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { CardModel } from '../../../src/core/card-model.js';
import { excerpt } from '../../../src/core/text.js';
import { linkUrl, mdLink, oneLine } from '../../../src/cards/markdown.js';
import { renderCard } from '../../../src/cards/render.js';
import { toAdaptiveCard, toAdaptiveEnvelope } from '../../../src/cards/adaptive.js';
import { toMessageCard } from '../../../src/cards/message-card.js';
import { fullModel } from './models.js';

/** The fastest of a few runs, in ms: the least noisy figure a shared machine gives. */
function fastest(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  // Below the timer's resolution, count as a hundredth of a millisecond.
  return Math.max(best, 0.01);
}

/**
 * How much longer `fn` takes on the large input than on the small one. Work must be bounded by
 * what is shown, not by what a sender sends: a ratio, measured on the same machine at the same
 * moment, tells a bounded algorithm from one that grows with its input on any machine.
 */
function growth(fn: (input: string) => unknown, small: string, large: string): number {
  return fastest(() => fn(large)) / fastest(() => fn(small));
}

describe('hostile input', () => {
  // Bounds are loose on purpose: an input 40 000 times larger costs a linear version 40 000
  // times more, a bounded one about the same.
  it('excerpts a 40 MB string in time independent of its length, marking the cut', () => {
    const huge = 'a'.repeat(40 * 1024 * 1024);
    expect(excerpt(huge, 100)).toBe('a'.repeat(99) + '…');
    expect(growth((t) => excerpt(t, 100), 'a'.repeat(1024), huge)).toBeLessThan(100);
    // Trailing whitespace inside the kept slice must not hide the cut.
    expect(excerpt('x'.repeat(50) + ' '.repeat(500) + 'tail', 60)).toMatch(/…$/);
    expect(excerpt('   ' + '😀'.repeat(10), 4)).toBe('😀😀😀…');
  });

  it('folds 50k spaces onto one line without quadratic backtracking', () => {
    const spaced = (n: number) => ' '.repeat(n) + 'x' + ' '.repeat(n);
    expect(oneLine(spaced(50_000))).toBe('x');
    // Ten times the input: about ten times the work when linear, a hundred when quadratic.
    expect(growth(oneLine, spaced(5_000), spaced(50_000))).toBeLessThan(40);
    expect(oneLine(' a \r\n\r\n b \n c ')).toBe('a b c');
  });

  it('strips bidi overrides, isolates and control characters from every string of both formats', () => {
    // "Trojan Source" reordering (CVE-2021-42574) and C0/C1 controls, in every text field.
    const bad =
      '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u0000\u0007\u001B\u007F\u0085\u009F';
    const dirty = (s: string): string => `${bad}${s}\u202E${bad}`;
    const model = fullModel({
      source: dirty('GitHub'),
      summary: dirty('summary'),
      title: dirty('title'),
      subtitle: dirty('subtitle'),
      text: dirty('text\n') + dirty('second line'),
      facts: [{ title: dirty('fact'), value: dirty('value') }],
      list: {
        label: dirty('commits'),
        items: [
          {
            code: dirty('abc'),
            text: dirty('item'),
            url: 'https://x.example/',
            detail: dirty('d'),
          },
          { text: dirty('plain item'), detail: dirty('d2') },
        ],
        total: 5,
      },
      links: [{ title: dirty('Open'), url: 'https://x.example/\u202Ex' }],
    });
    const strings: string[] = [];
    const collect = (json: string): void => {
      JSON.parse(json, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return value;
      });
    };
    const notice = { notice: dirty('notice') };
    collect(JSON.stringify(toAdaptiveEnvelope(toAdaptiveCard(model, notice))));
    collect(JSON.stringify(toMessageCard(model, notice)));
    expect(strings.length).toBeGreaterThan(20);
    // eslint-disable-next-line no-control-regex
    const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
    expect(strings.filter((s) => invisible.test(s))).toEqual([]);
    expect(strings).toContain('GitHub');
    expect(strings).toContain('subtitle');
    expect(toMessageCard(model).summary).toBe('summary');
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
    // Every candidate card is serialised to be measured: none may hold the huge URLs.
    const serialise = vi.spyOn(JSON, 'stringify');
    const value = renderCard(model, { kind: 'workflows', o365Format: 'messagecard' });
    const longest = Math.max(...serialise.mock.results.map((r) => String(r.value).length));
    serialise.mockRestore();
    expect(value.bytes).toBeLessThanOrEqual(24 * 1024);
    expect(value.truncated).toBe(true);
    expect(value.body).not.toContain('aaaaaaaaaa');
    expect(longest).toBeLessThan(64 * 1024);
  });
});

import { describe, expect, it } from 'vitest';
import {
  applyCaps,
  cannotFit,
  CardTooLargeError,
  fitToBudget,
  MIN_MAX_BYTES,
  SHRINK_STEPS,
  TRUNCATION_NOTICE,
  type ShrinkCaps,
} from '../../../src/cards/budget.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { fullModel, hugeModel, minimalModel } from './models.js';

const json = (model: CardModel, notice: string | undefined): string =>
  JSON.stringify({ model, notice });

describe('applyCaps', () => {
  it('drops list items but keeps the real total', () => {
    const model = hugeModel();
    model.list!.total = 1000; // the sender capped its own list at 500
    const out = applyCaps(model, { items: 3 });
    expect(out.list!.items).toHaveLength(3);
    expect(out.list!.total).toBe(1000);
    expect(out.list!.moreUrl).toBe('https://github.com/octo/repo/compare/a...b');
  });

  it('counts items the sender sent beyond a too-small total', () => {
    const model = fullModel();
    model.list!.total = 0;
    expect(applyCaps(model, { items: 1 }).list!.total).toBe(2);
  });

  it('cuts text and fact values to a visibly marked excerpt', () => {
    const out = applyCaps(hugeModel(), { textChars: 100, factValueChars: 20, facts: 2 });
    expect(Array.from(out.text!)).toHaveLength(100);
    expect(out.text!.endsWith('…')).toBe(true);
    expect(out.facts).toHaveLength(2);
    expect(out.facts[0]!.value).toBe('v'.repeat(19) + '…');
  });

  it('removes the text entirely at zero and drops over-long URLs rather than cutting them', () => {
    const long = 'https://x.example/' + 'a'.repeat(5000);
    const out = applyCaps(fullModel({ titleUrl: long, links: [{ title: 'x', url: long }] }), {
      textChars: 0,
      urlChars: 1000,
    });
    expect(out).not.toHaveProperty('text');
    expect(out).not.toHaveProperty('titleUrl');
    expect(out.links).toEqual([]);
  });

  it('marks a cut even when the cut-off part was only whitespace and more text', () => {
    const out = applyCaps(minimalModel({ text: 'a' + '\n'.repeat(10_000) + 'b' }), {
      textChars: 10,
    });
    expect(out.text).toBe('a…');
  });

  it('leaves the input untouched', () => {
    const model = hugeModel();
    const before = JSON.stringify(model);
    applyCaps(model, SHRINK_STEPS[SHRINK_STEPS.length - 1]!);
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe('SHRINK_STEPS', () => {
  it('never loosens a bound from one step to the next', () => {
    const keys: (keyof ShrinkCaps)[] = [
      'items',
      'itemChars',
      'textChars',
      'factValueChars',
      'facts',
      'links',
      'lineChars',
      'urlChars',
    ];
    for (let i = 1; i < SHRINK_STEPS.length; i++) {
      for (const key of keys) {
        const before = SHRINK_STEPS[i - 1]![key] ?? Infinity;
        const after = SHRINK_STEPS[i]![key] ?? Infinity;
        expect(after, `step ${i} ${key}`).toBeLessThanOrEqual(before);
      }
    }
  });

  it('ends with a card that has no text, facts or list items', () => {
    const last = SHRINK_STEPS[SHRINK_STEPS.length - 1]!;
    expect(last).toMatchObject({ items: 0, textChars: 0, facts: 0 });
  });
});

describe('cannotFit', () => {
  it('is true only when the visible text alone exceeds the budget', () => {
    expect(cannotFit(hugeModel(), 24 * 1024)).toBe(true);
    expect(cannotFit(fullModel(), 24 * 1024)).toBe(false);
    // Whitespace collapses when rendered, so it does not count.
    expect(cannotFit(minimalModel({ text: ' \n'.repeat(20_000) }), 1024)).toBe(false);
    expect(cannotFit(minimalModel({ text: 'x'.repeat(1024) }), 1024)).toBe(true);
  });
});

describe('fitToBudget', () => {
  it('returns the full card, unmarked, when it fits', () => {
    const model = fullModel();
    const fitted = fitToBudget(model, json, 24 * 1024);
    expect(fitted).toEqual({
      body: json(model, undefined),
      bytes: Buffer.byteLength(json(model, undefined)),
      truncated: false,
    });
  });

  it('stops at the first step that fits and marks the result', () => {
    const model = hugeModel();
    const fitted = fitToBudget(model, json, 20 * 1024);
    expect(fitted.truncated).toBe(true);
    expect(fitted.bytes).toBeLessThanOrEqual(20 * 1024);
    const parsed = JSON.parse(fitted.body) as { model: CardModel; notice: string };
    expect(parsed.notice).toBe(TRUNCATION_NOTICE);
    // The first step alone (20 items, full text) is still too big; the second one fits.
    expect(parsed.model).toEqual(applyCaps(model, SHRINK_STEPS[1]!));
  });

  it('throws rather than return a body known to be too big', () => {
    const tooBig = () => 'x'.repeat(MIN_MAX_BYTES + 1);
    expect(() => fitToBudget(fullModel(), tooBig, MIN_MAX_BYTES)).toThrow(CardTooLargeError);
  });

  it('refuses a budget too small for any card', () => {
    expect(() => fitToBudget(fullModel(), json, 100)).toThrow(RangeError);
    expect(() => fitToBudget(fullModel(), json, Number.NaN)).toThrow(RangeError);
  });
});

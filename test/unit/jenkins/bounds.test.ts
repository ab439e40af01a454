import { describe, expect, it } from 'vitest';
import { adaptiveCard, contentOf, messageCard } from './fixtures.js';

/** An array that counts how many of its elements are read. */
function counting<T>(items: T[]): { value: T[]; reads: () => number } {
  let reads = 0;
  const value = new Proxy(items, {
    get(obj, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(obj, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

describe('Jenkins: work is bounded by what a card shows', () => {
  it('reads a bounded head of facts, sections and actions however many were sent', () => {
    const facts = counting(
      Array.from({ length: 100_000 }, (_, i) => ({ name: `f${i}`, value: 'v' })),
    );
    const sections = counting(
      Array.from({ length: 100_000 }, () => ({ activityTitle: 's', facts: facts.value })),
    );
    const actions = counting(
      Array.from({ length: 100_000 }, () => ({ '@type': 'HttpPOST', name: 'x' })),
    );
    const payload = messageCard({ sections: sections.value, potentialAction: actions.value });
    const content = contentOf(payload, { direct: true });
    expect(content.card.facts).toHaveLength(20);
    expect(facts.reads()).toBeLessThan(500);
    expect(sections.reads()).toBeLessThan(50);
    expect(actions.reads()).toBeLessThan(50);
    // 20 of 100 000 facts is not the card the plugin made: the model is sent.
    expect(content.raw).toBeUndefined();
  });

  it('stops walking an Adaptive Card past its depth and element caps', () => {
    let nested: Record<string, unknown> = { type: 'TextBlock', text: 'deep' };
    for (let i = 0; i < 10_000; i += 1) nested = { type: 'Container', items: [nested] };
    const deep = contentOf(adaptiveCard({ body: [{ type: 'TextBlock', text: 'top' }, nested] }), {
      direct: true,
    });
    expect(deep.card.title).toBe('top');
    expect(deep.raw).toBeUndefined();
    const wide = counting(
      Array.from({ length: 100_000 }, () => ({ type: 'TextBlock', text: 'w' })),
    );
    const many = contentOf(adaptiveCard({ body: wide.value }), { direct: true });
    expect(wide.reads()).toBeLessThan(100);
    expect(many.raw).toBeUndefined();
  });

  it('caps every text, in the model and in the card passed on', () => {
    const huge = 'z'.repeat(5_000_000);
    const content = contentOf(
      messageCard({
        summary: huge,
        text: huge,
        sections: [
          { activityTitle: huge, activitySubtitle: huge, facts: [{ name: 'Status', value: huge }] },
        ],
      }),
    );
    expect(JSON.stringify(content.card).length).toBeLessThan(10_000);
    expect(JSON.stringify(content.raw ?? {}).length).toBeLessThan(10_000);
    const adaptive = contentOf(adaptiveCard({ body: [{ type: 'TextBlock', text: huge }] }));
    expect(JSON.stringify(adaptive).length).toBeLessThan(10_000);
  });
});

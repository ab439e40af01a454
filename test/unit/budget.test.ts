import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BUDGETS,
  DIGEST_MAX_EVENTS,
  budgetOf,
  capacitySoon,
  eventsForNextPost,
} from '../../src/core/budget.js';
import { digestCard } from '../../src/cards/digest.js';

describe('budgets', () => {
  it('takes the channel budget over the kind default, and [] as none', () => {
    expect(budgetOf({ kind: 'workflows', rateLimit: undefined })).toEqual([
      { perSeconds: 300, max: 25 },
    ]);
    expect(budgetOf({ kind: 'o365', rateLimit: undefined })).toBe(DEFAULT_BUDGETS.o365);
    expect(budgetOf({ kind: 'other', rateLimit: undefined })).toEqual([]);
    expect(budgetOf({ kind: 'workflows', rateLimit: [] })).toEqual([]);
    expect(budgetOf({ kind: 'other', rateLimit: [{ perSeconds: 1, max: 2 }] })).toEqual([
      { perSeconds: 1, max: 2 },
    ]);
  });

  it('counts what the tightest window lets through within the horizon', () => {
    // Workflows: 25 per 300 s, 5 used (this post included): 20 more soon.
    expect(capacitySoon([{ perSeconds: 300, max: 25 }], [5])).toBe(20);
    // A 1 s window refills 60 times in a minute; the hour window does not refill at all.
    expect(capacitySoon(DEFAULT_BUDGETS.o365, [1, 1, 1, 1, 1])).toBe(99);
    expect(capacitySoon(DEFAULT_BUDGETS.o365, [4, 60, 99, 99, 99])).toBe(1);
    // Never below one: the slot just taken is itself a post.
    expect(capacitySoon([{ perSeconds: 300, max: 2 }], [2])).toBe(1);
  });

  it('merges only as many events as the budget cannot pass alone, oldest first', () => {
    expect(eventsForNextPost(1, 1, true)).toBe(1);
    expect(eventsForNextPost(20, 20, true)).toBe(1);
    // 26 waiting, 25 posts soon: two share the next card, the other 24 go alone.
    expect(eventsForNextPost(26, 25, true)).toBe(2);
    expect(eventsForNextPost(10, 1, true)).toBe(10);
    expect(eventsForNextPost(10_000, 1, true)).toBe(DIGEST_MAX_EVENTS);
    expect(eventsForNextPost(50, 1, false)).toBe(1);
  });
});

describe('digest card', () => {
  const entry = (source: string, event: string, title: string, url?: string) => ({
    source,
    event,
    title,
    ...(url ? { url } : {}),
  });

  it('groups by source and event, counts each group, and links every event', () => {
    const card = digestCard([
      entry('GitHub', 'push', 'Pushed 1 commit to main', 'https://github.com/o/r/compare/a...b'),
      entry('Trello', 'createCard', 'Card "Plan" created'),
      entry('GitHub', 'push', 'Pushed 2 commits to dev'),
      entry('GitHub', 'issues', 'Issue #4 opened', 'https://github.com/o/r/issues/4'),
    ]);
    expect(card.title).toBe('4 events from GitHub, Trello');
    expect(card.facts).toEqual([
      { title: 'GitHub · push', value: '2' },
      { title: 'GitHub · issues', value: '1' },
      { title: 'Trello · createCard', value: '1' },
    ]);
    expect(card.list?.total).toBe(4);
    expect(card.list?.items.map((i) => i.text)).toEqual([
      'Pushed 1 commit to main',
      'Pushed 2 commits to dev',
      'Issue #4 opened',
      'Card "Plan" created',
    ]);
    expect(card.list?.items[0]?.url).toBe('https://github.com/o/r/compare/a...b');
    expect(card.summary).toContain('GitHub · push ×2');
  });

  it('sums groups beyond the first eight into one line', () => {
    const entries = Array.from({ length: 12 }, (_, i) => entry('Generic', `e${i}`, `t${i}`));
    const card = digestCard(entries);
    expect(card.facts).toHaveLength(9);
    expect(card.facts.at(-1)).toEqual({ title: 'Other events', value: '4' });
    expect(card.source).toBe('Generic');
  });
});

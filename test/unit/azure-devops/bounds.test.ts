import { describe, expect, it } from 'vitest';
import { cardOf, envelope, eventOf, repository } from './fixtures.js';

/** An array or object that counts how many of its entries are read. */
function counting<T extends object>(target: T): { value: T; reads: () => number } {
  let reads = 0;
  const value = new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === 'string' && key !== 'length' && key !== 'constructor') reads += 1;
      return Reflect.get(obj, key, receiver) as unknown;
    },
  });
  return { value, reads: () => reads };
}

const SHA = 'abcdef0123456789abcdef0123456789abcdef01';

describe('Azure DevOps: work is bounded by what a card shows', () => {
  it('reads 20 of 200 000 commits and still counts them all', () => {
    const commits = counting(
      Array.from({ length: 200_000 }, () => ({ commitId: SHA, comment: 'x' })),
    );
    const event = eventOf(
      envelope('git.push', {
        repository: repository(),
        refUpdates: [{ name: 'refs/heads/main' }],
        commits: commits.value,
      }),
    );
    if (event.kind !== 'push') throw new Error(event.kind);
    expect(event.commits).toHaveLength(20);
    expect(event.totalCommits).toBe(200_000);
    expect(commits.reads()).toBeLessThan(100);
  });

  it('reads at most 200 of a work item update’s changed fields', () => {
    const fields = counting(
      Object.fromEntries(
        Array.from({ length: 50_000 }, (_, i) => [`Custom.F${i}`, { oldValue: 1, newValue: 2 }]),
      ),
    );
    const event = eventOf(
      envelope('workitem.updated', {
        workItemId: 4,
        fields: fields.value,
        revision: { id: 4, fields: { 'System.Title': 'T' } },
      }),
    );
    if (event.kind !== 'work_item') throw new Error(event.kind);
    expect(event.changes).toHaveLength(12);
    expect(event.changesTotal).toBe(50_000);
    expect(fields.reads()).toBeLessThan(500);
  });

  it('caps every text a card shows, whatever its size in the body', () => {
    const huge = 'y'.repeat(5_000_000);
    const pr = cardOf(
      envelope('git.pullrequest.created', {
        repository: { ...repository(), name: huge },
        pullRequestId: 1,
        title: huge,
        description: huge,
        createdBy: { displayName: huge },
      }),
    );
    expect(JSON.stringify(pr).length).toBeLessThan(5_000);
    const message = cardOf(
      envelope('x.y', undefined, {
        message: { text: huge, markdown: huge },
        detailedMessage: { text: huge },
      }),
    );
    expect(JSON.stringify(message).length).toBeLessThan(5_000);
  });
});

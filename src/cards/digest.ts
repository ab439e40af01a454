/**
 * One card for many events a channel's budget could not pass alone: grouped by source and
 * event type, counted, each event a linked line. The renderer's size budget cuts the list
 * with "… and N more" when it is long; every event is still counted in the total.
 */
import type { CardFact, CardItem, CardModel } from '../core/card-model.js';
import type { DigestEntry } from '../core/message.js';

/** Groups shown as facts; the rest are summed into the last line. */
const MAX_GROUPS = 8;

const groupOf = (e: DigestEntry) => `${e.source} · ${e.event}`;

export function digestCard(entries: readonly DigestEntry[]): CardModel {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(groupOf(e), (counts.get(groupOf(e)) ?? 0) + 1);
  const groups = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const facts: CardFact[] = groups
    .slice(0, MAX_GROUPS)
    .map(([group, n]) => ({ title: group, value: String(n) }));
  const others = groups.slice(MAX_GROUPS).reduce((sum, [, n]) => sum + n, 0);
  if (others > 0) facts.push({ title: 'Other events', value: String(others) });

  // Grouped in the order the groups are listed, oldest first within each.
  const rank = new Map(groups.map(([group], i) => [group, i]));
  const items: CardItem[] = [...entries]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (rank.get(groupOf(a.e)) ?? 0) - (rank.get(groupOf(b.e)) ?? 0) || a.i - b.i)
    .map(({ e }) => ({
      text: e.title,
      ...(e.url ? { url: e.url } : {}),
      detail: groupOf(e),
    }));

  const sources = [...new Set(entries.map((e) => e.source))];
  const n = entries.length;
  return {
    source: sources.length === 1 ? sources[0]! : 'connector-relay',
    summary: `${n} events: ${groups
      .slice(0, 3)
      .map(([group, count]) => `${group} ×${count}`)
      .join(', ')}${groups.length > 3 ? ', …' : ''}`,
    title: `${n} events from ${sources.join(', ')}`,
    subtitle: 'More events arrived than Teams accepts for this channel now: merged into one card',
    accent: 'default',
    facts,
    list: { label: 'events', items, total: n },
    links: [],
  };
}

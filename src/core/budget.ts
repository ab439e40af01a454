/**
 * How fast a channel may be posted to (TEAMS.md): pure decisions, so they are tested as
 * tables. The Lua script in queue/budget-script.ts keeps the log of posts; this says what the
 * windows are and how many waiting events to merge into one digest.
 */
import type { DestinationKind } from './destination.js';
import type { RateWindow } from './entities.js';

/**
 * What Teams accepts. A legacy connector: 4 per second, 60 per 30 s, 100 per hour, 150 per
 * 2 hours, 1800 per day. A Workflows webhook: about 25 per 5 minutes. Other destinations
 * (a test server, a proxy) have no budget unless the channel sets one.
 */
export const DEFAULT_BUDGETS: Readonly<Record<DestinationKind, readonly RateWindow[]>> = {
  o365: [
    { perSeconds: 1, max: 4 },
    { perSeconds: 30, max: 60 },
    { perSeconds: 3600, max: 100 },
    { perSeconds: 7200, max: 150 },
    { perSeconds: 86_400, max: 1800 },
  ],
  workflows: [{ perSeconds: 300, max: 25 }],
  other: [],
};

/** The channel's own budget, or its kind's. `[]` means none. */
export function budgetOf(channel: {
  kind: DestinationKind;
  rateLimit: readonly RateWindow[] | undefined;
}): readonly RateWindow[] {
  return channel.rateLimit ?? DEFAULT_BUDGETS[channel.kind];
}

/** How far ahead "soon" looks when deciding whether a backlog should be merged. */
export const DIGEST_HORIZON_SECONDS = 60;

/** A digest names at most this many events; each is still accounted for in it. */
export const DIGEST_MAX_EVENTS = 200;

/**
 * Posts the budget lets through within the horizon, this one included, given how many each
 * window already holds: a window shorter than the horizon refills `horizon / perSeconds`
 * times; a longer one does not refill in time.
 */
export function capacitySoon(
  windows: readonly RateWindow[],
  used: readonly number[],
  horizonSeconds = DIGEST_HORIZON_SECONDS,
): number {
  let capacity = Number.POSITIVE_INFINITY;
  windows.forEach((w, i) => {
    const refills = Math.max(1, Math.ceil(horizonSeconds / w.perSeconds));
    capacity = Math.min(capacity, w.max * refills - (used[i] ?? 0));
  });
  return Math.max(1, capacity);
}

/**
 * How many of the `waiting` events (oldest first) the next post should carry. One, while the
 * budget can pass them all soon; otherwise just enough merged into a digest that the rest can
 * go alone within the capacity: the fewest events possible are merged, and the oldest first.
 */
export function eventsForNextPost(waiting: number, capacity: number, digestOn: boolean): number {
  if (!digestOn || waiting <= capacity) return 1;
  return Math.min(DIGEST_MAX_EVENTS, waiting - capacity + 1);
}

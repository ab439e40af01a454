/**
 * Events of a channel whose connectors were switched off (org, org-for-Teams or team) are
 * held, not posted: the flush keeps the channel's job and looks again every few seconds.
 * Turning the switch back on releases them at once (release-held.ts promotes the job), in
 * their order. A hold that outlasts the window dead-letters what it held, with the reason in
 * each delivery's log.
 */
import { connectorsSwitchedOffBy, holdExpired, type SwitchLevel } from '../core/policy.js';
import type { Channel } from '../core/entities.js';
import type { FlushDeps, FlushResult } from './flush-types.js';
import type { Switches } from './outbox.js';

/** How long events wait for connectors to be switched back on, by default (24 h). */
export const DEFAULT_SWITCH_HOLD_MS = 24 * 3600_000;
/**
 * How often a held channel's job looks at the switches itself. Switching on wakes it at once;
 * this only bounds the wait when the switch turned on while the flush was deciding to hold.
 */
export const HOLD_RECHECK_MS = 10_000;
/** Events dead-lettered per round trip when a hold expires. */
const EXPIRE_BATCH = 100;

const LEVEL_WORDS: Readonly<Record<SwitchLevel, string>> = {
  organisation: 'organisation (connectorsEnabled)',
  'organisation-for-teams': 'organisation for Teams (connectorsEnabledForTeams)',
  team: 'team (connectorsEnabled)',
};

export function createSwitchHold(deps: FlushDeps) {
  const { store, outbox, clock, logger } = deps;
  const holdMs = deps.switchHoldMs ?? DEFAULT_SWITCH_HOLD_MS;

  // A channel whose team record is gone has no switch of its own: the org's still apply.
  const offBy = ({ org, team }: Switches) =>
    connectorsSwitchedOffBy(org, team ?? { connectorsEnabled: true });

  async function switchedOff(channel: Channel): Promise<SwitchLevel | undefined> {
    const [org, team] = await Promise.all([store.org.get(), store.teams.get(channel.teamId)]);
    return offBy({ org, team });
  }

  /** Dead-letters everything the channel holds, in order; then the job may end. */
  async function expire(channel: Channel, level: SwitchLevel, sinceMs: number, jobId: string) {
    const now = clock.now();
    const reason =
      `not delivered: connectors were switched off for the ${LEVEL_WORDS[level]} at ` +
      `${new Date(sinceMs).toISOString()} and not switched back on within the hold window ` +
      `(${Math.round(holdMs / 1000)} s)`;
    let count = 0;
    for (;;) {
      // Ends the job once nothing is left (or stops if the channel was parked meanwhile).
      const next = await outbox.nextBatch(channel.id, jobId, EXPIRE_BATCH);
      if (next.type !== 'batch') break;
      const { ids, events } = next;
      for (const [i, id] of ids.entries()) {
        const log = [...(events[i]?.log ?? [])];
        log.push({ at: new Date(now).toISOString(), outcome: 'expired', reason });
        await outbox.markDead(channel.id, id, reason, log, now);
        count++;
      }
    }
    await store.holds.end(channel.id);
    logger.warn('held events dead-lettered: connectors stayed off', {
      outcome: 'dead',
      channelId: channel.id,
      level,
      count,
      reason,
    });
    if (count > 0) await deps.alerts?.deadLettered(channel, reason);
    return { type: 'done' } as const;
  }

  /**
   * Before each post: undefined when the channel's connectors are on; otherwise what the
   * flush returns instead of posting (look again soon, or done once the hold expired).
   * `known`: the switches as the round trip just before this post read them (the batch's
   * claim, the last delivery's bookkeeping); without them they are read here.
   */
  return async function holdIfSwitchedOff(
    channel: Channel,
    jobId: string,
    known?: Switches,
  ): Promise<FlushResult | undefined> {
    const level = known ? offBy(known) : await switchedOff(channel);
    if (!level) return undefined;
    const now = clock.now();
    const { sinceMs, started } = await store.holds.hold(channel.id, now);
    // Switched on while we marked it: release-held.ts may have looked before the mark.
    if (!(await switchedOff(channel))) {
      await store.holds.end(channel.id);
      return undefined;
    }
    if (started) {
      logger.info('events held: connectors are switched off', {
        channelId: channel.id,
        level,
        holdUntil: new Date(sinceMs + holdMs).toISOString(),
      });
    }
    if (holdExpired(sinceMs, holdMs, now)) return expire(channel, level, sinceMs, jobId);
    return { type: 'continue', at: Math.min(sinceMs + holdMs, now + HOLD_RECHECK_MS) };
  };
}

export type SwitchHold = ReturnType<typeof createSwitchHold>;

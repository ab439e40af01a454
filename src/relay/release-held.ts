import { connectorsSwitchedOffBy } from '../core/policy.js';
import type { AppDeps } from './context.js';

/**
 * After a switch turned on: every held channel whose connectors are now on gets its job run
 * at once, so its events go out in order without waiting for the hold's next look. `teamId`
 * narrows it to one team's channels (a team switch).
 */
export async function releaseHeld(
  deps: Pick<AppDeps, 'store' | 'enqueuer' | 'logger'>,
  teamId?: string,
): Promise<number> {
  const { store, enqueuer, logger } = deps;
  const org = await store.org.get();
  let released = 0;
  for (const channelId of await store.holds.channels()) {
    const channel = await store.channels.get(channelId);
    if (!channel) {
      await store.holds.end(channelId);
      continue;
    }
    if (teamId !== undefined && channel.teamId !== teamId) continue;
    const team = await store.teams.get(channel.teamId);
    if (connectorsSwitchedOffBy(org, team ?? { connectorsEnabled: true })) continue;
    await store.holds.end(channelId);
    await enqueuer.flushNow(channelId);
    released++;
  }
  if (released > 0) logger.info('held events released: connectors are on', { released });
  return released;
}

/** Whether a change turned some switch on (only then can anything be released). */
export function turnedOn(before: Record<string, unknown>, after: Record<string, unknown>) {
  return ['connectorsEnabled', 'connectorsEnabledForTeams'].some(
    (k) => before[k] === false && after[k] === true,
  );
}

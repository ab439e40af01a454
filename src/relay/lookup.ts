import { RelayError } from '../core/errors.js';
import { connectorsEffectivelyEnabled, type Principal } from '../core/policy.js';
import type { Channel, Connector, Org, Team, TeamRole } from '../core/entities.js';
import type { Store } from '../store/index.js';

export interface TeamContext {
  team: Team;
  role: TeamRole | undefined;
}

/** Load a team and the caller's role in it; 404 when there is no such team. */
export async function loadTeam(store: Store, teamId: string, p: Principal): Promise<TeamContext> {
  const team = await store.teams.get(teamId);
  if (!team) throw new RelayError('NOT_FOUND', `no team '${teamId}'`);
  // The admin token has no membership; admin users may still be members.
  const role = p.id !== 'admin' ? await store.teams.roleOf(teamId, p.id) : undefined;
  return { team, role };
}

export async function loadChannel(
  store: Store,
  channelId: string,
  p: Principal,
): Promise<TeamContext & { channel: Channel }> {
  const channel = await store.channels.get(channelId);
  if (!channel) throw new RelayError('NOT_FOUND', `no channel '${channelId}'`);
  return { channel, ...(await loadTeam(store, channel.teamId, p)) };
}

export async function loadConnector(
  store: Store,
  connectorId: string,
  p: Principal,
): Promise<TeamContext & { channel: Channel; connector: Connector }> {
  const connector = await store.connectors.get(connectorId);
  if (!connector) throw new RelayError('NOT_FOUND', `no connector '${connectorId}'`);
  return { connector, ...(await loadChannel(store, connector.channelId, p)) };
}

export function forbid(condition: boolean, message: string): void {
  if (!condition) throw new RelayError('FORBIDDEN', message);
}

/** Rule 1: the effective switch (org AND org-for-Teams AND team); refused with 403 when off. */
export function requireConnectorsEnabled(org: Org, team: Team, consequence: string): void {
  if (connectorsEffectivelyEnabled(org, team)) return;
  throw new RelayError(
    'CONNECTORS_DISABLED',
    `connectors are turned off for this team or organisation; ${consequence}`,
  );
}

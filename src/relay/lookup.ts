import { RelayError } from '../core/errors.js';
import { isEntityId, type IdKind } from '../core/ids.js';
import type { Principal } from '../core/policy.js';
import type { Channel, Connector, Team, TeamRole } from '../core/entities.js';
import type { Store } from '../store/index.js';

export interface TeamContext {
  team: Team;
  role: TeamRole | undefined;
}

const NOUN: Readonly<Record<IdKind, string>> = {
  team: 'team',
  channel: 'channel',
  connector: 'connector',
  user: 'user',
};

/** 404 for a path id that cannot be one of `kind`, before anything reaches the store. */
export function requireIdShape(kind: IdKind, value: string): void {
  if (isEntityId(kind, value)) return;
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  throw new RelayError('NOT_FOUND', `no ${NOUN[kind]} '${shown}'`);
}

/** Load a team and the caller's role in it; 404 when there is no such team. */
export async function loadTeam(store: Store, teamId: string, p: Principal): Promise<TeamContext> {
  requireIdShape('team', teamId);
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
  requireIdShape('channel', channelId);
  const channel = await store.channels.get(channelId);
  if (!channel) throw new RelayError('NOT_FOUND', `no channel '${channelId}'`);
  return { channel, ...(await loadTeam(store, channel.teamId, p)) };
}

export async function loadConnector(
  store: Store,
  connectorId: string,
  p: Principal,
): Promise<TeamContext & { channel: Channel; connector: Connector }> {
  requireIdShape('connector', connectorId);
  const connector = await store.connectors.get(connectorId);
  if (!connector) throw new RelayError('NOT_FOUND', `no connector '${connectorId}'`);
  return { connector, ...(await loadChannel(store, connector.channelId, p)) };
}

export function forbid(condition: boolean, message: string): void {
  if (!condition) throw new RelayError('FORBIDDEN', message);
}

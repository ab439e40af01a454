/**
 * The connectors-world rules as pure functions (PRODUCT.md "Rules"), so each can be tested
 * as a matrix without a server.
 */
import type { Org, Team, TeamRole, LifecycleState } from './entities.js';

export type Principal =
  { kind: 'admin'; id: string; name: string } | { kind: 'user'; id: string; name: string };

/** Rule 1: the tenant overrides the group; there is no per-user switch. */
export function connectorsEffectivelyEnabled(
  org: Org,
  team: Pick<Team, 'connectorsEnabled'>,
): boolean {
  return org.connectorsEnabled && org.connectorsEnabledForTeams && team.connectorsEnabled;
}

/** Team settings, members and channels: org admins and team owners. */
export function canManageTeam(p: Principal, role: TeamRole | undefined): boolean {
  return p.kind === 'admin' || role === 'owner';
}

/** Reading a team's channels and connectors: admins and members of the team. */
export function canViewTeam(p: Principal, role: TeamRole | undefined): boolean {
  return p.kind === 'admin' || role !== undefined;
}

/**
 * Rule 3: adding, changing or removing connectors (including ones other members set up):
 * owners and admins always; members when the team allows it; non-members never.
 */
export function canManageConnectors(
  p: Principal,
  role: TeamRole | undefined,
  team: Pick<Team, 'membersCanManageConnectors'>,
): boolean {
  if (p.kind === 'admin' || role === 'owner') return true;
  return role === 'member' && team.membersCanManageConnectors;
}

export type Availability =
  { ok: true } | { ok: false; code: 'TYPE_RETIRED' | 'TYPE_NOT_YET_AVAILABLE'; message: string };

/** Rule 4: retired types take no new connections; scheduled ones wait for their date. */
export function typeAvailableForNewConnections(
  typeId: string,
  state: LifecycleState,
  now: number,
): Availability {
  switch (state.lifecycle) {
    case 'available':
      return { ok: true };
    case 'retired':
      return {
        ok: false,
        code: 'TYPE_RETIRED',
        message: `connector type '${typeId}' is retired: no new connections`,
      };
    case 'scheduled': {
      const from = state.availableFrom ? Date.parse(state.availableFrom) : NaN;
      if (!Number.isNaN(from) && from <= now) return { ok: true };
      const when = state.availableFrom ? ` until ${state.availableFrom}` : '';
      return {
        ok: false,
        code: 'TYPE_NOT_YET_AVAILABLE',
        message: `connector type '${typeId}' is not available${when}`,
      };
    }
    default: {
      const unreachable: never = state.lifecycle;
      throw new Error(`unknown lifecycle ${String(unreachable)}`);
    }
  }
}

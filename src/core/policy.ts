/**
 * The connectors-world rules as pure functions (PRODUCT.md "Rules"), so each can be tested
 * as a matrix without a server.
 */
import type { Cloud, Org, Team, TeamRole, LifecycleState } from './entities.js';

export type Principal =
  { kind: 'admin'; id: string; name: string } | { kind: 'user'; id: string; name: string };

/** Rule 1: the tenant overrides the group; there is no per-user switch. */
export function connectorsEffectivelyEnabled(
  org: Org,
  team: Pick<Team, 'connectorsEnabled'>,
): boolean {
  return org.connectorsEnabled && org.connectorsEnabledForTeams && team.connectorsEnabled;
}

/** The switch that turned connectors off, the tenant's first: what a refusal names. */
export type SwitchLevel = 'organisation' | 'organisation-for-teams' | 'team';

export function connectorsSwitchedOffBy(
  org: Pick<Org, 'connectorsEnabled' | 'connectorsEnabledForTeams'>,
  team: Pick<Team, 'connectorsEnabled'>,
): SwitchLevel | undefined {
  if (!org.connectorsEnabled) return 'organisation';
  if (!org.connectorsEnabledForTeams) return 'organisation-for-teams';
  if (!team.connectorsEnabled) return 'team';
  return undefined;
}

const SWITCH_WORDS: Readonly<Record<SwitchLevel, string>> = {
  organisation: "the organisation's switch (org connectorsEnabled) is off",
  'organisation-for-teams':
    "the organisation's switch for Teams (org connectorsEnabledForTeams) is off",
  team: "the team's switch (team connectorsEnabled) is off",
};

/** "connectors are turned off: the team's switch … is off; <consequence>". */
export function connectorsOffMessage(level: SwitchLevel, consequence: string): string {
  const who = level === 'team' ? 'a team owner or an org admin' : 'an org admin';
  return `connectors are turned off: ${SWITCH_WORDS[level]}; ${consequence} (${who} can turn it on)`;
}

/**
 * What an org change does to the switches beyond what it says: moving into a government
 * cloud turns the tenant switches off (connectors start disabled there), unless the same
 * change sets them. Staying in a cloud, or leaving one, changes no switch.
 */
export function orgChangeWithCloud(before: Pick<Org, 'cloud'>, patch: Partial<Org>): Partial<Org> {
  const cloud = patch.cloud;
  if (cloud === undefined || cloud === before.cloud || !isGovernmentCloud(cloud)) return patch;
  return {
    connectorsEnabled: false,
    connectorsEnabledForTeams: false,
    ...patch,
  };
}

export function isGovernmentCloud(cloud: Cloud): boolean {
  return cloud === 'gcc' || cloud === 'gcch' || cloud === 'dod';
}

/** Whether events held while connectors were off have waited past the hold window. */
export function holdExpired(heldSinceMs: number, holdMs: number, nowMs: number): boolean {
  return nowMs >= heldSinceMs + holdMs;
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

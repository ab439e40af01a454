import { z } from 'zod';
import { changedFields } from '../../core/audit.js';
import { RelayError } from '../../core/errors.js';
import { isEntityId, newId } from '../../core/ids.js';
import { canManageTeam, canViewTeam } from '../../core/policy.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadTeam } from '../lookup.js';
import { displayName, entityId } from '../schemas/common.js';
import { ROLES, membershipSchema, teamListSchema, teamSchema } from '../schemas/people.js';
import { releaseHeld, turnedOn } from '../release-held.js';
import { teamView } from '../views.js';
import { ADMIN, MANAGER, VIEWER } from './who.js';

const NewTeam = requestSchema(
  'NewTeam',
  z.strictObject({
    name: displayName,
    connectorsEnabled: z.boolean().optional().meta({
      description: 'Default: on, except in the gcc and gcch clouds.',
    }),
    membersCanManageConnectors: z.boolean().optional().meta({ description: 'Default: true.' }),
    owners: z
      .array(z.string().min(1))
      .max(100)
      .optional()
      .meta({ description: 'User ids that own the team.' }),
  }),
);

const TeamPatch = requestSchema(
  'TeamPatch',
  z
    .strictObject({
      name: displayName,
      connectorsEnabled: z.boolean(),
      membersCanManageConnectors: z.boolean(),
    })
    .partial(),
);

const Membership = requestSchema('MembershipRole', z.strictObject({ role: z.enum(ROLES) }));

const LAST_OWNER_DOC = 'the user is the only owner of the team: a team keeps an owner';

/** 409: the change would leave the team without an owner. */
export function lastOwner(userId: string, what: string): RelayError {
  return new RelayError(
    'CONFLICT',
    `user '${userId}' is the only owner of this team and cannot be ${what}: a team cannot be ` +
      'left without an owner; make another member an owner first',
  );
}

const teamParams = z.object({ teamId: entityId('team') });
const memberParams = z.object({ teamId: entityId('team'), userId: entityId('user') });

export const teamOperations = [
  defineOperation({
    id: 'createTeam',
    method: 'post',
    path: '/api/v1/teams',
    tag: 'teams',
    summary: 'Create a team',
    access: 'admin',
    who: ADMIN,
    body: { kind: 'json', schema: NewTeam },
    responses: { 201: { description: 'The team, with its owners.', schema: teamSchema } },
    errors: { VALIDATION_FAILED: 'the body does not match the schema, or an owner is not a user' },
  }).handle(async ({ body, deps }) => {
    const { store, clock } = deps;
    const owners = body.owners ?? [];
    for (const userId of owners) {
      if (!isEntityId('user', userId) || !(await store.users.get(userId)))
        throw new RelayError('VALIDATION_FAILED', `owners: no user '${userId}'`);
    }
    const org = await store.org.get();
    const team = {
      id: newId('team'),
      name: body.name,
      // In government clouds connectors start disabled until an admin turns them on.
      connectorsEnabled: body.connectorsEnabled ?? !(org.cloud === 'gcc' || org.cloud === 'gcch'),
      membersCanManageConnectors: body.membersCanManageConnectors ?? true,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.teams.create(team, owners);
    const members = owners.map((userId) => ({ userId, role: 'owner' as const }));
    const view = teamView(team, members);
    return {
      status: 201,
      body: view,
      audit: { action: 'team.create', target: { type: 'team', id: team.id }, after: view },
    };
  }),

  defineOperation({
    id: 'listTeams',
    method: 'get',
    path: '/api/v1/teams',
    tag: 'teams',
    summary: 'List the teams the caller can see',
    description: 'An org admin sees every team; a user the teams it belongs to, with its role.',
    access: 'bearer',
    who: 'any user',
    responses: { 200: { description: 'The teams.', schema: teamListSchema } },
  }).handle(async ({ principal, deps }) => {
    const { store } = deps;
    const mine = principal.id === 'admin' ? [] : await store.teams.teamsOf(principal.id);
    const roles = new Map(mine.map(({ team, role }) => [team.id, role]));
    const teams = principal.kind === 'admin' ? await store.teams.list() : mine.map((t) => t.team);
    return {
      status: 200,
      body: {
        teams: teams.map((team) => {
          const role = roles.get(team.id);
          return { ...teamView(team), ...(role ? { role } : {}) };
        }),
      },
    };
  }),

  defineOperation({
    id: 'getTeam',
    method: 'get',
    path: '/api/v1/teams/{teamId}',
    tag: 'teams',
    summary: 'Read a team and its members',
    access: 'bearer',
    who: VIEWER,
    params: teamParams,
    responses: { 200: { description: 'The team.', schema: teamSchema } },
    errors: { NOT_FOUND: 'no such team', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { team, role } = await loadTeam(deps.store, params.teamId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see it');
    return { status: 200, body: teamView(team, await deps.store.teams.members(team.id)) };
  }),

  defineOperation({
    id: 'updateTeam',
    method: 'patch',
    path: '/api/v1/teams/{teamId}',
    tag: 'teams',
    summary: 'Change team settings',
    access: 'bearer',
    who: MANAGER,
    params: teamParams,
    body: { kind: 'json', schema: TeamPatch, optional: true },
    responses: {
      200: { description: 'The team after the change (without `members`).', schema: teamSchema },
    },
    errors: { NOT_FOUND: 'no such team', FORBIDDEN: 'the caller does not own the team' },
  }).handle(async ({ params, body, principal, deps }) => {
    const { team, role } = await loadTeam(deps.store, params.teamId, principal);
    forbid(canManageTeam(principal, role), 'only an org admin or a team owner may change the team');
    const next = { ...team, ...body };
    await deps.store.teams.update(next);
    if (turnedOn({ ...team }, { ...next })) await releaseHeld(deps, team.id);
    return {
      status: 200,
      body: teamView(next),
      audit: {
        action: 'team.update',
        target: { type: 'team', id: team.id },
        ...changedFields({ ...team }, { ...next }),
      },
    };
  }),

  defineOperation({
    id: 'setTeamMember',
    method: 'put',
    path: '/api/v1/teams/{teamId}/members/{userId}',
    tag: 'teams',
    summary: 'Add a member or change their role',
    access: 'bearer',
    who: MANAGER,
    params: memberParams,
    body: { kind: 'json', schema: Membership },
    responses: { 200: { description: 'The membership.', schema: membershipSchema } },
    errors: {
      NOT_FOUND: 'no such team or user',
      FORBIDDEN: 'the caller does not own the team',
      CONFLICT: LAST_OWNER_DOC,
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store } = deps;
    const { team, role } = await loadTeam(store, params.teamId, principal);
    forbid(canManageTeam(principal, role), 'only an org admin or a team owner may change members');
    if (!(await store.users.get(params.userId)))
      throw new RelayError('NOT_FOUND', `no user '${params.userId}'`);
    const previous = await store.teams.roleOf(team.id, params.userId);
    const change = await store.teams.setMember(team.id, params.userId, body.role);
    if (change === 'last_owner') throw lastOwner(params.userId, 'made a member');
    return {
      status: 200,
      body: { teamId: team.id, userId: params.userId, role: body.role },
      audit: {
        action: 'team.member.set',
        target: { type: 'team', id: team.id },
        before: { userId: params.userId, role: previous ?? null },
        after: { userId: params.userId, role: body.role },
      },
    };
  }),

  defineOperation({
    id: 'removeTeamMember',
    method: 'delete',
    path: '/api/v1/teams/{teamId}/members/{userId}',
    tag: 'teams',
    summary: 'Remove a member; connectors they created keep working',
    access: 'bearer',
    who: MANAGER,
    params: memberParams,
    responses: { 204: { description: 'Removed.' } },
    errors: {
      NOT_FOUND: 'no such team, or the user is not a member',
      FORBIDDEN: 'the caller does not own the team',
      CONFLICT: LAST_OWNER_DOC,
    },
  }).handle(async ({ params, principal, deps }) => {
    const { team, role } = await loadTeam(deps.store, params.teamId, principal);
    forbid(canManageTeam(principal, role), 'only an org admin or a team owner may change members');
    const previous = await deps.store.teams.roleOf(team.id, params.userId);
    const change = await deps.store.teams.removeMember(team.id, params.userId);
    if (change === 'not_member') {
      throw new RelayError('NOT_FOUND', `user '${params.userId}' is not a member of this team`);
    }
    if (change === 'last_owner') throw lastOwner(params.userId, 'removed');
    // Connectors the user created keep working: they belong to the channel, not the person.
    return {
      status: 204,
      audit: {
        action: 'team.member.remove',
        target: { type: 'team', id: team.id },
        before: { userId: params.userId, role: previous ?? null },
      },
    };
  }),
];

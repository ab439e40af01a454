import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { hashToken, newId, newToken } from '../../core/ids.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { displayName, entityId } from '../schemas/common.js';
import { lastOwner } from './teams.js';
import { createdUserSchema, meSchema, userListSchema } from '../schemas/people.js';
import { ADMIN } from './who.js';

const NewUser = requestSchema(
  'NewUser',
  z.strictObject({
    name: displayName,
    admin: z.boolean().optional().meta({ description: 'An org admin; false by default.' }),
  }),
);

export const userOperations = [
  defineOperation({
    id: 'whoAmI',
    method: 'get',
    path: '/api/v1/me',
    tag: 'users',
    summary: 'The caller, and the teams it belongs to',
    description: 'Where a user finds the ids of the teams it can act in.',
    access: 'bearer',
    who: 'any user',
    responses: { 200: { description: 'The caller.', schema: meSchema } },
  }).handle(async ({ principal, deps }) => {
    const teams = principal.id === 'admin' ? [] : await deps.store.teams.teamsOf(principal.id);
    return {
      status: 200,
      body: {
        id: principal.id,
        name: principal.name,
        admin: principal.kind === 'admin',
        teams: teams.map(({ team, role }) => ({ id: team.id, name: team.name, role })),
      },
    };
  }),
  defineOperation({
    id: 'createUser',
    method: 'post',
    path: '/api/v1/users',
    tag: 'users',
    summary: 'Create a user and its bearer token',
    description: 'The token is shown only in this answer; the relay keeps its hash.',
    access: 'admin',
    who: ADMIN,
    body: { kind: 'json', schema: NewUser },
    responses: { 201: { description: 'The user, with its token.', schema: createdUserSchema } },
  }).handle(async ({ body, deps }) => {
    const token = newToken();
    const user = {
      id: newId('usr'),
      name: body.name,
      admin: body.admin ?? false,
      createdAt: new Date(deps.clock.now()).toISOString(),
    };
    await deps.store.users.create(user, hashToken(token));
    // The token is shown once: only its hash is kept.
    return {
      status: 201,
      body: { ...user, token },
      audit: { action: 'user.create', target: { type: 'user', id: user.id }, after: user },
    };
  }),
  defineOperation({
    id: 'listUsers',
    method: 'get',
    path: '/api/v1/users',
    tag: 'users',
    summary: 'List the users (never their tokens)',
    access: 'admin',
    who: ADMIN,
    responses: { 200: { description: 'The users.', schema: userListSchema } },
  }).handle(async ({ deps }) => {
    const users = await deps.store.users.list();
    return {
      status: 200,
      body: {
        users: users.map(({ id, name, admin, createdAt }) => ({ id, name, admin, createdAt })),
      },
    };
  }),
  defineOperation({
    id: 'resetUserToken',
    method: 'post',
    path: '/api/v1/users/{userId}/token',
    tag: 'users',
    summary: 'Give a user a new token: the old one stops working at once',
    description:
      'For a token that was lost or leaked. The new token is shown only in this answer; ' +
      "the user's dashboard sessions end at their expiry.",
    access: 'admin',
    who: ADMIN,
    params: z.object({ userId: entityId('user') }),
    responses: {
      200: { description: 'The user, with its new token.', schema: createdUserSchema },
    },
    errors: { NOT_FOUND: 'no such user' },
  }).handle(async ({ params, deps }) => {
    const user = await deps.store.users.get(params.userId);
    if (!user) throw new RelayError('NOT_FOUND', `no user '${params.userId}'`);
    const token = newToken();
    await deps.store.users.replaceToken(user.id, hashToken(token));
    const shown = { id: user.id, name: user.name, admin: user.admin, createdAt: user.createdAt };
    return {
      status: 200,
      body: { ...shown, token },
      audit: { action: 'user.token.reset', target: { type: 'user', id: user.id } },
    };
  }),
  defineOperation({
    id: 'deleteUser',
    method: 'delete',
    path: '/api/v1/users/{userId}',
    tag: 'users',
    summary: 'Delete a user: its token stops working, it leaves every team',
    description:
      'Connectors the user created keep delivering: they belong to their channel. Refused ' +
      'while the user is the only owner of a team.',
    access: 'admin',
    who: ADMIN,
    params: z.object({ userId: entityId('user') }),
    responses: { 204: { description: 'Deleted.' } },
    errors: {
      NOT_FOUND: 'no such user',
      CONFLICT: 'the user is the only owner of a team (the message names it)',
    },
  }).handle(async ({ params, deps }) => {
    const { store } = deps;
    const user = await store.users.get(params.userId);
    if (!user) throw new RelayError('NOT_FOUND', `no user '${params.userId}'`);
    const teams = await store.teams.teamsOf(user.id);
    for (const { team, role } of teams) {
      if (role !== 'owner') continue;
      const owners = (await store.teams.members(team.id)).filter((m) => m.role === 'owner');
      if (owners.length <= 1) {
        const err = lastOwner(user.id, 'deleted');
        throw new RelayError('CONFLICT', `${err.message} (team '${team.id}', ${team.name})`);
      }
    }
    for (const { team } of teams) await store.teams.removeMember(team.id, user.id);
    await store.users.delete(user.id);
    return {
      status: 204,
      audit: {
        action: 'user.delete',
        target: { type: 'user', id: user.id },
        before: { ...user, teams: teams.map(({ team, role }) => ({ id: team.id, role })) },
      },
    };
  }),
];

import { z } from 'zod';
import { hashToken, newId, newToken } from '../../core/ids.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { displayName } from '../schemas/common.js';
import { createdUserSchema, meSchema } from '../schemas/people.js';
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
    return { status: 201, body: { ...user, token } };
  }),
];

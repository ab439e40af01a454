import { z } from 'zod';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { CLOUDS, orgSchema } from '../schemas/people.js';
import { ADMIN } from './who.js';

const OrgPatch = requestSchema(
  'OrgPatch',
  z
    .strictObject({
      connectorsEnabled: z.boolean(),
      connectorsEnabledForTeams: z.boolean(),
      actionableMessagesEnabled: z.boolean(),
      cloud: z.enum(CLOUDS),
    })
    .partial(),
);

export const orgOperations = [
  defineOperation({
    id: 'getOrg',
    method: 'get',
    path: '/api/v1/org',
    tag: 'org',
    summary: 'Read the organisation settings',
    access: 'admin',
    who: ADMIN,
    responses: { 200: { description: 'The settings.', schema: orgSchema } },
  }).handle(async ({ deps }) => {
    return { status: 200, body: await deps.store.org.get() };
  }),
  defineOperation({
    id: 'updateOrg',
    method: 'patch',
    path: '/api/v1/org',
    tag: 'org',
    summary: 'Change organisation settings',
    access: 'admin',
    who: ADMIN,
    body: { kind: 'json', schema: OrgPatch, optional: true },
    responses: { 200: { description: 'The settings after the change.', schema: orgSchema } },
  }).handle(async ({ body, deps }) => {
    return { status: 200, body: await deps.store.org.update(body) };
  }),
];

import { z } from 'zod';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { RelayError } from '../../core/errors.js';
import { entityId } from '../schemas/common.js';
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
      alertChannelId: entityId('channel')
        .nullable()
        .meta({
          description:
            'The channel that gets a card when a channel needs attention, events are ' +
            'dead-lettered, or a channel recovers; `null` for none.',
        }),
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
    const { alertChannelId, ...rest } = body;
    if (alertChannelId && !(await deps.store.channels.get(alertChannelId))) {
      throw new RelayError('VALIDATION_FAILED', `alertChannelId: no channel '${alertChannelId}'`);
    }
    const patch = {
      ...rest,
      ...(alertChannelId !== undefined ? { alertChannelId: alertChannelId ?? undefined } : {}),
    };
    return { status: 200, body: await deps.store.org.update(patch) };
  }),
];

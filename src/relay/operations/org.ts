import { z } from 'zod';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { changedFields } from '../../core/audit.js';
import { RelayError } from '../../core/errors.js';
import { orgChangeWithCloud } from '../../core/policy.js';
import { releaseHeld, turnedOn } from '../release-held.js';
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
    description:
      'Turning a switch off holds the events already queued (up to CONNECTORS_OFF_HOLD_SECONDS, ' +
      'then they are dead-lettered); turning it back on sends them, in order. Moving `cloud` to ' +
      '`gcc`, `gcch` or `dod` turns `connectorsEnabled` and `connectorsEnabledForTeams` off ' +
      'unless the same change sets them.',
    access: 'admin',
    who: ADMIN,
    body: { kind: 'json', schema: OrgPatch, optional: true },
    responses: { 200: { description: 'The settings after the change.', schema: orgSchema } },
  }).handle(async ({ body, deps }) => {
    const { alertChannelId, ...rest } = body;
    if (alertChannelId && !(await deps.store.channels.get(alertChannelId))) {
      throw new RelayError('VALIDATION_FAILED', `alertChannelId: no channel '${alertChannelId}'`);
    }
    const before = await deps.store.org.get();
    const patch = orgChangeWithCloud(before, {
      ...rest,
      ...(alertChannelId !== undefined ? { alertChannelId: alertChannelId ?? undefined } : {}),
    });
    const after = await deps.store.org.update(patch);
    if (turnedOn({ ...before }, { ...after })) await releaseHeld(deps);
    return {
      status: 200,
      body: after,
      audit: {
        action: 'org.update',
        target: { type: 'org' },
        ...changedFields({ ...before }, { ...after }),
      },
    };
  }),
];

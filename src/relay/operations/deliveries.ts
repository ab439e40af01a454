import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { renderForChannel } from '../../cards/for-channel.js';
import { canManageConnectors, canViewTeam } from '../../core/policy.js';
import { DEFAULT_MAX_CARD_BYTES } from '../../queue/flush.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadChannel } from '../lookup.js';
import { entityId } from '../schemas/common.js';
import { bulkReplaySchema, replaySchema } from '../schemas/replay.js';
import { DELIVERY_STATES, deliveryListSchema, lastCardSchema } from '../schemas/channels.js';
import { CONNECTOR_MANAGER, VIEWER } from './who.js';

const PARKED_WARNING =
  'the channel needs a new webhook URL (POST /api/v1/channels/{id}/rotate); the delivery is held until then';

const BulkReplay = requestSchema(
  'BulkReplayRequest',
  z.strictObject({
    since: z.iso
      .datetime({ offset: true })
      .meta({ description: 'Replay the dead deliveries received at or after this time.' }),
  }),
);

export const deliveryOperations = [
  defineOperation({
    id: 'listDeliveries',
    method: 'get',
    path: '/api/v1/channels/{channelId}/deliveries',
    tag: 'deliveries',
    summary: "A channel's recent deliveries and their attempts",
    access: 'bearer',
    who: VIEWER,
    params: z.object({ channelId: entityId('channel') }),
    query: z.object({
      limit: z.coerce
        .number()
        .int()
        .min(1)
        .max(500)
        .default(50)
        .meta({ description: 'How many, newest first.' }),
      state: z
        .enum(DELIVERY_STATES)
        .optional()
        .meta({ description: 'Only deliveries in this state (`dead`, `parked`, …).' }),
    }),
    responses: { 200: { description: 'Newest first.', schema: deliveryListSchema } },
    errors: { NOT_FOUND: 'no such channel', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, query, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see deliveries');
    return {
      status: 200,
      body: { deliveries: await deps.outbox.recent(channel.id, query.limit, query.state) },
    };
  }),

  defineOperation({
    id: 'getLastCard',
    method: 'get',
    path: '/api/v1/channels/{channelId}/last-card',
    tag: 'deliveries',
    summary: 'The card of the newest event the channel was sent',
    description:
      'Rendered again from the queued message for the channel as it is now (its kind and ' +
      'format, the org’s actionable-messages switch): what the dashboard previews. An event ' +
      'that went out in a digest says which digest took it.',
    access: 'bearer',
    who: VIEWER,
    params: z.object({ channelId: entityId('channel') }),
    responses: { 200: { description: 'The card.', schema: lastCardSchema } },
    errors: {
      NOT_FOUND: 'no such channel, or nothing delivered to it yet (in its last 1000 events)',
      FORBIDDEN: 'the caller is not in the team',
    },
  }).handle(async ({ params, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see its channels');
    const last = await deps.outbox.lastDelivered(channel.id);
    if (!last)
      throw new RelayError('NOT_FOUND', `nothing delivered to channel '${channel.id}' yet`);
    const org = await deps.store.org.get();
    const rendered = renderForChannel(last.message, channel, org, DEFAULT_MAX_CARD_BYTES);
    const body = JSON.parse(rendered.body) as Record<string, unknown> & {
      attachments?: Array<{ content: Record<string, unknown> }>;
    };
    const card = rendered.format === 'adaptive' ? (body.attachments?.[0]?.content ?? {}) : body;
    const { view } = last;
    return {
      status: 200,
      body: {
        deliveryId: view.id,
        connectorType: view.connectorType,
        eventName: view.eventName,
        ...(view.deliveredAt ? { deliveredAt: view.deliveredAt } : {}),
        ...(view.digestId ? { digestId: view.digestId } : {}),
        format: rendered.format,
        card,
      },
    };
  }),

  defineOperation({
    id: 'replayDelivery',
    method: 'post',
    path: '/api/v1/deliveries/{deliveryId}/replay',
    tag: 'deliveries',
    summary: 'Send one delivery again (a dead letter, or one already delivered)',
    description:
      'It goes to the end of its channel’s outbox with its history kept and a fresh retry ' +
      'horizon. A delivery still waiting (queued, retrying, parked) is left as it is.',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: z.object({
      deliveryId: z
        .uuid()
        .meta({ description: 'A delivery id, as ingest and the deliveries list give it.' }),
    }),
    responses: {
      202: { description: 'Queued again.', schema: replaySchema },
      200: { description: 'Still waiting: nothing to do.', schema: replaySchema },
    },
    errors: {
      NOT_FOUND: 'no such delivery (or it expired)',
      FORBIDDEN: 'the caller may not manage connectors in the team',
    },
  }).handle(async ({ params, principal, deps }) => {
    const channelId = await deps.outbox.channelOf(params.deliveryId);
    if (!channelId) throw new RelayError('NOT_FOUND', `no delivery '${params.deliveryId}'`);
    const { team, role } = await loadChannel(deps.store, channelId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not replay deliveries here');
    const result = await deps.enqueuer.replay(channelId, params.deliveryId, deps.clock.now());
    if (result.status === 'not_found') {
      throw new RelayError('NOT_FOUND', `no delivery '${params.deliveryId}'`);
    }
    if (result.status === 'waiting') {
      return {
        status: 200,
        body: { deliveryId: params.deliveryId, status: 'waiting', state: result.state },
      };
    }
    deps.logger.info('delivery replayed', { channelId, deliveryId: params.deliveryId });
    return {
      status: 202,
      body: {
        deliveryId: params.deliveryId,
        status: 'queued',
        state: 'queued',
        ...(result.parked ? { warning: PARKED_WARNING.replace('{id}', channelId) } : {}),
      },
      audit: {
        action: 'delivery.replay',
        target: { type: 'delivery', id: params.deliveryId },
        after: { channelId, state: 'queued' },
      },
    };
  }),

  defineOperation({
    id: 'replayChannel',
    method: 'post',
    path: '/api/v1/channels/{channelId}/replay',
    tag: 'deliveries',
    summary: 'Send again every dead delivery of a channel received since a time',
    description:
      'Parked deliveries are already waiting for a new URL: they are counted, not touched. ' +
      'Reads the channel’s last 1000 deliveries.',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: z.object({ channelId: entityId('channel') }),
    body: { kind: 'json', schema: BulkReplay },
    responses: { 200: { description: 'What was queued again.', schema: bulkReplaySchema } },
    errors: {
      NOT_FOUND: 'no such channel',
      FORBIDDEN: 'the caller may not manage connectors in the team',
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { channel, team, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not replay deliveries here');
    const ids = await deps.outbox.receivedSince(channel.id, Date.parse(body.since));
    const replayed: string[] = [];
    let waiting = 0;
    const now = deps.clock.now();
    for (const id of ids) {
      const view = await deps.outbox.get(channel.id, id);
      if (!view) continue;
      if (view.state === 'dead') {
        const result = await deps.enqueuer.replay(channel.id, id, now);
        if (result.status === 'queued') replayed.push(id);
      } else if (view.state !== 'delivered') {
        waiting++;
      }
    }
    deps.logger.info('deliveries replayed', { channelId: channel.id, count: replayed.length });
    return {
      status: 200,
      body: { since: new Date(Date.parse(body.since)).toISOString(), replayed, waiting },
      audit: {
        action: 'channel.replay',
        target: { type: 'channel', id: channel.id },
        after: { since: body.since, replayed: replayed.length },
      },
    };
  }),
];

import { z } from 'zod';
import { changedFields } from '../../core/audit.js';
import { budgetOf } from '../../core/budget.js';
import { RelayError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { canManageTeam, canViewTeam } from '../../core/policy.js';
import { checkDestination, retiredGeneration } from '../../delivery/destination-url.js';
import type { Channel } from '../../core/entities.js';
import type { AppDeps } from '../context.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadChannel, loadTeam } from '../lookup.js';
import {
  O365_FORMATS,
  channelDetailSchema,
  channelListSchema,
  channelSchema,
  rateWindowIn,
} from '../schemas/channels.js';
import { displayName, entityId } from '../schemas/common.js';
import { channelView } from '../views.js';
import { MANAGER, VIEWER } from './who.js';

const webhookUrl = z.string().min(1).max(4096).meta({
  description: 'The Teams (Workflows or legacy connector) webhook URL; kept secret.',
});
const rateLimit = z.array(rateWindowIn).max(8).meta({
  description: "Overrides the kind's default budget; `[]`: no budget.",
});
const digest = z.boolean().meta({
  description: 'Merge a backlog the budget cannot pass soon into digest cards (default true).',
});

const NewChannel = requestSchema(
  'NewChannel',
  z.strictObject({
    name: displayName,
    webhookUrl,
    rateLimit: rateLimit.optional(),
    digest: digest.optional(),
    o365Format: z.enum(O365_FORMATS).optional(),
  }),
);

const ChannelPatch = requestSchema(
  'ChannelPatch',
  z
    .strictObject({
      name: displayName,
      rateLimit: rateLimit.nullable().meta({ description: "`null`: back to the kind's default." }),
      digest,
      o365Format: z.enum(O365_FORMATS),
      // Changing the URL parks, re-renders and releases held events: only rotate does that.
      webhookUrl: z
        .never({
          error: 'change it with POST /api/v1/channels/{channelId}/rotate {"webhookUrl": …}',
        })
        .meta({ description: 'Not changeable here: use `/rotate`.' }),
    })
    .partial(),
);

const Rotation = requestSchema('Rotation', z.strictObject({ webhookUrl }));

const teamParams = z.object({ teamId: entityId('team') });
const channelParams = z.object({ channelId: entityId('channel') });

const DESTINATION_REFUSED =
  'the URL is not a Teams webhook host (or one in DESTINATION_HOSTS), or is a private address';

/** Refuse hosts that are not Teams (or listed), and private addresses unless listed. */
function destination(url: string, deps: AppDeps) {
  const check = checkDestination(url, { extraHosts: [...deps.config.destinationHosts] });
  if (!check.ok) throw new RelayError('DESTINATION_NOT_ALLOWED', `webhookUrl: ${check.reason}`);
  const retired = retiredGeneration(url);
  return {
    kind: check.kind,
    status: retired ? ('attention_required' as const) : ('ok' as const),
    statusReason: retired,
  };
}

/** What the audit log says of a channel's URL: never the URL, its masked form and version. */
const urlFacts = (c: Channel) => ({
  destination: channelView(c).destination,
  urlVersion: c.urlVersion,
  kind: c.kind,
  status: c.status,
});

export const channelOperations = [
  defineOperation({
    id: 'createChannel',
    method: 'post',
    path: '/api/v1/teams/{teamId}/channels',
    tag: 'channels',
    summary: 'Add a channel: a Teams webhook URL the team posts to',
    access: 'bearer',
    who: MANAGER,
    params: teamParams,
    body: { kind: 'json', schema: NewChannel },
    responses: { 201: { description: 'The channel (the URL masked).', schema: channelSchema } },
    errors: {
      NOT_FOUND: 'no such team',
      FORBIDDEN: 'the caller does not own the team',
      DESTINATION_NOT_ALLOWED: DESTINATION_REFUSED,
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { team, role } = await loadTeam(deps.store, params.teamId, principal);
    forbid(canManageTeam(principal, role), 'only an org admin or a team owner may add channels');
    const dest = destination(body.webhookUrl, deps);
    const channel = {
      id: newId('ch'),
      teamId: team.id,
      name: body.name,
      webhookUrl: body.webhookUrl, // stored verbatim: never rebuilt
      kind: dest.kind,
      o365Format: body.o365Format ?? ('messagecard' as const),
      status: dest.status,
      statusReason: dest.statusReason,
      statusCode: dest.statusReason ? ('legacy_url' as const) : undefined,
      urlVersion: 1,
      rateLimit: body.rateLimit,
      digest: body.digest ?? true,
      createdAt: new Date(deps.clock.now()).toISOString(),
    };
    await deps.store.channels.create(channel);
    if (dest.statusReason) await deps.alerts?.attentionRequired(channel, dest.statusReason);
    const view = channelView(channel);
    return {
      status: 201,
      body: view,
      audit: { action: 'channel.create', target: { type: 'channel', id: channel.id }, after: view },
    };
  }),

  defineOperation({
    id: 'listChannels',
    method: 'get',
    path: '/api/v1/teams/{teamId}/channels',
    tag: 'channels',
    summary: "List a team's channels",
    access: 'bearer',
    who: VIEWER,
    params: teamParams,
    responses: { 200: { description: 'The channels.', schema: channelListSchema } },
    errors: { NOT_FOUND: 'no such team', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { team, role } = await loadTeam(deps.store, params.teamId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see its channels');
    const channels = await deps.store.channels.listByTeam(team.id);
    return { status: 200, body: { channels: channels.map(channelView) } };
  }),

  defineOperation({
    id: 'getChannel',
    method: 'get',
    path: '/api/v1/channels/{channelId}',
    tag: 'channels',
    summary: 'Read a channel and its queue depth',
    access: 'bearer',
    who: VIEWER,
    params: channelParams,
    responses: { 200: { description: 'The channel.', schema: channelDetailSchema } },
    errors: { NOT_FOUND: 'no such channel', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see its channels');
    const [queue, heldSince, budgetUse] = await Promise.all([
      deps.outbox.depth(channel.id),
      deps.store.holds.since(channel.id),
      deps.outbox.budgetUse(channel.id, budgetOf(channel)),
    ]);
    const held =
      heldSince === undefined
        ? undefined
        : {
            since: new Date(heldSince).toISOString(),
            until: new Date(heldSince + deps.config.switchHoldSeconds * 1000).toISOString(),
          };
    return {
      status: 200,
      body: { ...channelView(channel), queue, budgetUse, ...(held ? { held } : {}) },
    };
  }),

  defineOperation({
    id: 'updateChannel',
    method: 'patch',
    path: '/api/v1/channels/{channelId}',
    tag: 'channels',
    summary: 'Change channel settings (not its URL: see rotate)',
    access: 'bearer',
    who: MANAGER,
    params: channelParams,
    body: { kind: 'json', schema: ChannelPatch, optional: true },
    responses: { 200: { description: 'The channel after the change.', schema: channelSchema } },
    errors: { NOT_FOUND: 'no such channel', FORBIDDEN: 'the caller does not own the team' },
  }).handle(async ({ params, body, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(
      canManageTeam(principal, role),
      'only an org admin or a team owner may change the channel',
    );
    const { webhookUrl: _never, ...settings } = body;
    const updated = await deps.store.channels.updateSettings(channel.id, settings);
    if (!updated) throw new RelayError('NOT_FOUND', `no channel '${channel.id}'`);
    const view = channelView(updated);
    return {
      status: 200,
      body: view,
      audit: {
        action: 'channel.update',
        target: { type: 'channel', id: channel.id },
        ...changedFields(channelView(channel), view),
      },
    };
  }),

  defineOperation({
    id: 'rotateChannelUrl',
    method: 'post',
    path: '/api/v1/channels/{channelId}/rotate',
    tag: 'channels',
    summary: "Replace the channel's webhook URL (Update URL)",
    description:
      'The new URL is checked first with a request that cannot post a card; if it answers ' +
      'gone, it is kept but events stay held and the answer carries a `warning`. Otherwise ' +
      'parked and queued events go to the new URL, in order, rendered for its kind, and the ' +
      'channel is `ok` again unless the new URL is of a retired generation.',
    access: 'bearer',
    who: MANAGER,
    params: channelParams,
    body: { kind: 'json', schema: Rotation },
    responses: { 200: { description: 'The channel with its new URL.', schema: channelSchema } },
    errors: {
      NOT_FOUND: 'no such channel',
      FORBIDDEN: 'the caller does not own the team',
      DESTINATION_NOT_ALLOWED: DESTINATION_REFUSED,
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canManageTeam(principal, role), 'only an org admin or a team owner may change the URL');
    const dest = destination(body.webhookUrl, deps);
    const sameUrl = body.webhookUrl === channel.webhookUrl;
    // A new URL is checked before it is trusted, without posting a card (delivery/probe.ts).
    const probe = !sameUrl && deps.probe ? await deps.probe(body.webhookUrl, dest.kind) : undefined;
    const updated = await deps.store.channels.replaceUrl(
      channel.id,
      body.webhookUrl,
      dest.kind,
      dest.statusReason,
    );
    if (!updated) throw new RelayError('NOT_FOUND', `no channel '${channel.id}'`);
    if (probe?.gone) {
      // Kept (it is the URL the owner gave) but held: posting the backlog would only park it.
      const reason = `the new URL answered gone when checked: ${probe.reason}`;
      await deps.store.channels.markGone(updated.id, updated.urlVersion, reason);
      if (channel.status !== 'attention_required') {
        await deps.alerts?.attentionRequired(updated, reason);
      }
      const held = (await deps.store.channels.get(updated.id)) ?? updated;
      const warning =
        'the new URL answered gone when checked (no card was posted): events stay held; copy ' +
        'the URL again from the channel’s Workflows trigger, or create a new one';
      return {
        status: 200,
        body: { ...channelView(held), warning },
        audit: {
          action: 'channel.rotate',
          target: { type: 'channel', id: channel.id },
          before: urlFacts(channel),
          after: urlFacts(held),
        },
      };
    }
    // Parked and queued events now flow to the new URL, in order, rendered for its kind.
    await deps.enqueuer.flushNow(channel.id);
    if (updated.statusReason) await deps.alerts?.attentionRequired(updated, updated.statusReason);
    else if (channel.status === 'attention_required') await deps.alerts?.recovered(updated);
    const warning = sameUrl
      ? 'this is the URL the channel already had: held events are tried on it again; if it ' +
        'was gone, copy the new URL from the channel’s Workflows trigger'
      : undefined;
    return {
      status: 200,
      body: { ...channelView(updated), ...(warning ? { warning } : {}) },
      audit: {
        action: 'channel.rotate',
        target: { type: 'channel', id: channel.id },
        // Masked forms of two URLs can read alike: the URL's version says it changed.
        before: urlFacts(channel),
        after: urlFacts(updated),
      },
    };
  }),

  defineOperation({
    id: 'deleteChannel',
    method: 'delete',
    path: '/api/v1/channels/{channelId}',
    tag: 'channels',
    summary: 'Remove a channel, its connectors and everything queued for it',
    description:
      "The channel's ingest URLs stop working at once; events still waiting are dropped with it.",
    access: 'bearer',
    who: MANAGER,
    params: channelParams,
    responses: { 204: { description: 'Removed.' } },
    errors: { NOT_FOUND: 'no such channel', FORBIDDEN: 'the caller does not own the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { channel, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(
      canManageTeam(principal, role),
      'only an org admin or a team owner may remove the channel',
    );
    const connectors = await deps.store.connectors.listByChannel(channel.id);
    await deps.store.channels.delete(channel);
    return {
      status: 204,
      audit: {
        action: 'channel.delete',
        target: { type: 'channel', id: channel.id },
        before: { ...channelView(channel), connectors: connectors.map((c) => c.id) },
      },
    };
  }),
];

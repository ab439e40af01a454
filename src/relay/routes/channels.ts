import { Router } from 'express';
import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { canManageTeam, canViewTeam } from '../../core/policy.js';
import { checkDestination, retiredGeneration } from '../../delivery/destination-url.js';
import { principalOf } from '../auth.js';
import type { AppDeps } from '../context.js';
import { forbid, loadChannel, loadTeam } from '../lookup.js';
import { parseBody } from '../validate.js';
import { channelView } from '../views.js';

const RateWindow = z.object({
  limit: z.number().int().positive().max(1_000_000),
  windowSeconds: z
    .number()
    .int()
    .positive()
    .max(7 * 24 * 3600),
});

const NewChannel = z.strictObject({
  name: z.string().trim().min(1).max(200),
  webhookUrl: z.string().min(1).max(4096),
  rateLimit: z.array(RateWindow).min(1).max(8).optional(),
  o365Format: z.enum(['messagecard', 'adaptive']).optional(),
});

const ChannelPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    rateLimit: z.array(RateWindow).min(1).max(8).nullable(),
    o365Format: z.enum(['messagecard', 'adaptive']),
  })
  .partial();

const Rotation = z.strictObject({ webhookUrl: z.string().min(1).max(4096) });

export function channelRoutes({ store, outbox, enqueuer, config, clock }: AppDeps): Router {
  const r = Router();

  /** Refuse hosts that are not Teams (or listed), and private addresses unless listed. */
  const destination = (url: string) => {
    const check = checkDestination(url, { extraHosts: [...config.destinationHosts] });
    if (!check.ok) throw new RelayError('DESTINATION_NOT_ALLOWED', `webhookUrl: ${check.reason}`);
    const retired = retiredGeneration(url);
    return {
      kind: check.kind,
      status: retired ? ('attention_required' as const) : ('ok' as const),
      statusReason: retired,
    };
  };

  r.post('/api/v1/teams/:teamId/channels', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may add channels');
    const body = parseBody(NewChannel, req.body);
    const dest = destination(body.webhookUrl);
    const channel = {
      id: newId('ch'),
      teamId: team.id,
      name: body.name,
      webhookUrl: body.webhookUrl, // stored verbatim: never rebuilt
      kind: dest.kind,
      o365Format: body.o365Format ?? ('messagecard' as const),
      status: dest.status,
      statusReason: dest.statusReason,
      urlVersion: 1,
      rateLimit: body.rateLimit,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.channels.create(channel);
    res.status(201).json(channelView(channel));
  });

  r.get('/api/v1/teams/:teamId/channels', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see its channels');
    res.json({ channels: (await store.channels.listByTeam(team.id)).map(channelView) });
  });

  r.get('/api/v1/channels/:channelId', async (req, res) => {
    const p = principalOf(res);
    const { channel, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see its channels');
    res.json({ ...channelView(channel), queue: await outbox.depth(channel.id) });
  });

  r.patch('/api/v1/channels/:channelId', async (req, res) => {
    const p = principalOf(res);
    const { channel, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may change the channel');
    if (typeof req.body === 'object' && req.body !== null && 'webhookUrl' in req.body) {
      // Changing the URL parks, re-renders and releases held events: only rotate does that.
      throw new RelayError(
        'VALIDATION_FAILED',
        `webhookUrl: change it with POST /api/v1/channels/${channel.id}/rotate {"webhookUrl": …}`,
      );
    }
    const updated = await store.channels.updateSettings(
      channel.id,
      parseBody(ChannelPatch, req.body),
    );
    if (!updated) throw new RelayError('NOT_FOUND', `no channel '${channel.id}'`);
    res.json(channelView(updated));
  });

  r.post('/api/v1/channels/:channelId/rotate', async (req, res) => {
    const p = principalOf(res);
    const { channel, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may change the URL');
    const { webhookUrl } = parseBody(Rotation, req.body);
    const dest = destination(webhookUrl);
    const updated = await store.channels.replaceUrl(
      channel.id,
      webhookUrl,
      dest.kind,
      dest.statusReason,
    );
    if (!updated) throw new RelayError('NOT_FOUND', `no channel '${channel.id}'`);
    // Parked and queued events now flow to the new URL, in order, rendered for its kind.
    await enqueuer.flushNow(channel.id);
    res.json(channelView(updated));
  });

  r.get('/api/v1/channels/:channelId/deliveries', async (req, res) => {
    const p = principalOf(res);
    const { channel, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see deliveries');
    const limit = Math.min(Math.max(Number(req.query.limit ?? 50) || 50, 1), 500);
    res.json({ deliveries: await outbox.recent(channel.id, limit) });
  });

  return r;
}

import { Router } from 'express';
import { z } from 'zod';
import { SENDERS, senderFor } from '../../connectors/registry.js';
import { ALL_EVENTS, acceptEvent } from '../accept-event.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, newId, newToken } from '../../core/ids.js';
import {
  canManageConnectors,
  canViewTeam,
  typeAvailableForNewConnections,
} from '../../core/policy.js';
import { principalOf } from '../auth.js';
import type { AppDeps } from '../context.js';
import { forbid, loadChannel, loadConnector, requireConnectorsEnabled } from '../lookup.js';
import { parseBody } from '../validate.js';
import { connectorView } from '../views.js';
import { lifecycleOf } from './catalog.js';

const Secret = z.string().min(8, 'must be at least 8 characters').max(256);
const Events = z.array(z.string().min(1).max(100)).min(1).max(100);

const NewConnector = z.strictObject({
  type: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(200).optional(),
  events: Events.optional(),
  secret: Secret.optional(),
});

const TestRequest = z.strictObject({ event: z.string().min(1).max(100).optional() });

const ConnectorPatch = z
  .strictObject({ name: z.string().trim().min(1).max(200), events: Events.nullable() })
  .partial();

function checkEvents(known: readonly string[], events: string[] | undefined | null): void {
  const unknown = (events ?? []).filter((e) => e !== ALL_EVENTS && !known.includes(e));
  if (unknown.length > 0) {
    throw new RelayError(
      'VALIDATION_FAILED',
      `events: unknown for this type: ${unknown.join(', ')}`,
      { known: [ALL_EVENTS, ...known] },
    );
  }
}

export function connectorRoutes({ store, config, clock, enqueuer, logger }: AppDeps): Router {
  const r = Router();

  r.post('/api/v1/channels/:channelId/connectors', async (req, res) => {
    const p = principalOf(res);
    const { channel, team, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canManageConnectors(p, role, team), 'you may not add connectors to this team');
    const body = parseBody(NewConnector, req.body);
    const sender = senderFor(body.type);
    if (!sender)
      throw new RelayError(
        'VALIDATION_FAILED',
        `type: no connector type '${body.type}' in the catalog; it has: ${SENDERS.map((x) => x.id).join(', ')}`,
      );
    requireConnectorsEnabled(await store.org.get(), team, 'no connector can be added');
    const availability = typeAvailableForNewConnections(
      sender.id,
      await lifecycleOf(store, sender.id),
      clock.now(),
    );
    if (!availability.ok) throw new RelayError(availability.code, availability.message);
    if (!sender.openEvents) checkEvents(sender.events, body.events);
    if (sender.secret === 'none' && body.secret !== undefined) {
      throw new RelayError(
        'VALIDATION_FAILED',
        `secret: ${sender.name} cannot send a secret or signature; the ingest URL is the credential, keep it private`,
      );
    }

    // Senders that always sign get a strong secret when the user brings none.
    const secret = body.secret ?? (sender.secret === 'required' ? newToken() : undefined);
    const id = newId('con');
    const token = newToken();
    const connector = {
      id,
      type: sender.id,
      channelId: channel.id,
      teamId: team.id,
      name: body.name ?? sender.name,
      events: body.events,
      secrets: secret ? [secret] : [],
      tokenHash: hashToken(token),
      callbackUrl: `${config.publicUrl}/hooks/${id}/${token}`,
      createdBy: p.id,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.connectors.create(connector);
    res
      .status(201)
      .json(connectorView(connector, { showIngestUrl: true, ...(secret ? { secret } : {}) }));
  });

  r.get('/api/v1/channels/:channelId/connectors', async (req, res) => {
    const p = principalOf(res);
    const { channel, team, role } = await loadChannel(store, req.params.channelId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see its connectors');
    const showIngestUrl = canManageConnectors(p, role, team);
    const connectors = await store.connectors.listByChannel(channel.id);
    res.json({ connectors: connectors.map((c) => connectorView(c, { showIngestUrl })) });
  });

  r.get('/api/v1/connectors/:connectorId', async (req, res) => {
    const p = principalOf(res);
    const { connector, team, role } = await loadConnector(store, req.params.connectorId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see its connectors');
    res.json(connectorView(connector, { showIngestUrl: canManageConnectors(p, role, team) }));
  });

  r.patch('/api/v1/connectors/:connectorId', async (req, res) => {
    const p = principalOf(res);
    const { connector, team, role } = await loadConnector(store, req.params.connectorId, p);
    forbid(canManageConnectors(p, role, team), 'you may not change connectors in this team');
    const patch = parseBody(ConnectorPatch, req.body);
    const sender = senderFor(connector.type);
    if (sender && !sender.openEvents) checkEvents(sender.events, patch.events);
    const next = {
      ...connector,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.events !== undefined ? { events: patch.events ?? undefined } : {}),
    };
    await store.connectors.update(next);
    res.json(connectorView(next, { showIngestUrl: true }));
  });

  r.delete('/api/v1/connectors/:connectorId', async (req, res) => {
    const p = principalOf(res);
    const { connector, team, role } = await loadConnector(store, req.params.connectorId, p);
    forbid(canManageConnectors(p, role, team), 'you may not remove connectors in this team');
    await store.connectors.delete(connector);
    res.status(204).end();
  });

  r.post('/api/v1/connectors/:connectorId/test', async (req, res) => {
    const p = principalOf(res);
    const { connector, team, role } = await loadConnector(store, req.params.connectorId, p);
    forbid(canManageConnectors(p, role, team), 'you may not test connectors in this team');
    const body = parseBody(TestRequest, req.body);
    const sender = senderFor(connector.type);
    if (!sender) {
      throw new RelayError('CONFLICT', `connector type '${connector.type}' is not installed`);
    }
    requireConnectorsEnabled(await store.org.get(), team, 'nothing was queued');
    const sample = sampleFor(sender, body.event);
    // Signed as the sender signs, so the test proves the connector's secret and pipeline too.
    const request = sampleRequest(
      sender,
      sample,
      connector.callbackUrl,
      connector.secrets,
      clock.now(),
    );
    const answer = await acceptEvent({ enqueuer, clock, logger }, connector, sender, request, {
      test: true,
    });
    res.status(answer.status).json(answer.body);
  });

  return r;
}

import { z } from 'zod';
import { SENDERS } from '../../connectors/registry.js';
import { changedFields } from '../../core/audit.js';
import { resolveSender } from '../custom-types.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, newId, newToken } from '../../core/ids.js';
import {
  canManageConnectors,
  canViewTeam,
  typeAvailableForNewConnections,
} from '../../core/policy.js';
import { ALL_EVENTS } from '../accept-event.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadChannel, loadConnector } from '../lookup.js';
import { requireConnectorsOn } from '../switches.js';
import { connectorListSchema, connectorSchema } from '../schemas/channels.js';
import { displayName, entityId } from '../schemas/common.js';
import { connectorView } from '../views.js';
import { CONNECTOR_MANAGER, VIEWER } from './who.js';

const Secret = z
  .string()
  .min(8, 'must be at least 8 characters')
  .max(256)
  .meta({ description: "The sender's signing secret or shared token." });
const Events = z
  .array(z.string().min(1).max(100))
  .min(1)
  .max(100)
  .meta({
    description: 'Event names to pass on; `*` passes every event.',
    examples: [['push', 'pull_request']],
  });

const NewConnector = requestSchema(
  'NewConnector',
  z.strictObject({
    type: z.string().min(1).max(100).meta({ description: 'A catalog entry id.' }),
    name: displayName.optional(),
    events: Events.optional(),
    secret: Secret.optional(),
  }),
);

const ConnectorPatch = requestSchema(
  'ConnectorPatch',
  z.strictObject({ name: displayName, events: Events.nullable() }).partial(),
);

export const CHANGED_MEANWHILE = 'the connector kept being changed by others meanwhile; retry';

const channelParams = z.object({ channelId: entityId('channel') });
export const connectorParams = z.object({ connectorId: entityId('connector') });

/** The URL a sender posts to, kept verbatim: Trello signs over this exact string. */
export const ingestUrl = (config: { publicUrl: string }, id: string, token: string) =>
  `${config.publicUrl}/hooks/${id}/${token}`;

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

export const connectorOperations = [
  defineOperation({
    id: 'createConnector',
    method: 'post',
    path: '/api/v1/channels/{channelId}/connectors',
    tag: 'connectors',
    summary: 'Add a connector: an ingest URL for one service',
    description:
      'The answer holds the ingest URL (a credential: paste it into the service) and, when the ' +
      'relay generated it, the secret to configure there. Neither is shown in full again.',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: channelParams,
    body: { kind: 'json', schema: NewConnector },
    responses: {
      201: { description: 'The connector, with its ingest URL.', schema: connectorSchema },
    },
    errors: {
      NOT_FOUND: 'no such channel',
      FORBIDDEN: 'the caller may not manage connectors in the team',
      VALIDATION_FAILED: 'an unknown type (the message lists the catalog) or unknown events',
      CONNECTORS_DISABLED: 'connectors are off for the organisation or the team',
      CUSTOM_CONNECTORS_UNAVAILABLE: 'a custom type, in the gcc, gcch or dod cloud',
      TYPE_RETIRED: 'the type is retired: existing connectors work, new ones are refused',
      TYPE_NOT_YET_AVAILABLE: 'the type is scheduled for a later date',
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store, clock, config } = deps;
    const { channel, team, role } = await loadChannel(store, params.channelId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not add connectors to this team');
    const sender = await resolveSender(deps, body.type);
    if (!sender)
      throw new RelayError(
        'VALIDATION_FAILED',
        `type: no connector type '${body.type}' in the catalog; it has: ${SENDERS.map((x) => x.id).join(', ')}`,
      );
    requireConnectorsOn(await store.org.get(), team, 'no connector can be added');
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
      callbackUrl: ingestUrl(config, id, token),
      createdBy: principal.id,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.connectors.create(connector);
    const view = connectorView(connector, { showIngestUrl: true, ...(secret ? { secret } : {}) });
    return {
      status: 201,
      body: view,
      audit: {
        action: 'connector.create',
        target: { type: 'connector', id },
        after: connectorView(connector, { showIngestUrl: false }),
      },
    };
  }),

  defineOperation({
    id: 'listConnectors',
    method: 'get',
    path: '/api/v1/channels/{channelId}/connectors',
    tag: 'connectors',
    summary: "List a channel's connectors",
    access: 'bearer',
    who: VIEWER,
    params: channelParams,
    responses: { 200: { description: 'The connectors.', schema: connectorListSchema } },
    errors: { NOT_FOUND: 'no such channel', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { channel, team, role } = await loadChannel(deps.store, params.channelId, principal);
    forbid(canViewTeam(principal, role), 'only members of the team may see its connectors');
    const showIngestUrl = canManageConnectors(principal, role, team);
    const connectors = await deps.store.connectors.listByChannel(channel.id);
    return {
      status: 200,
      body: { connectors: connectors.map((c) => connectorView(c, { showIngestUrl })) },
    };
  }),

  defineOperation({
    id: 'getConnector',
    method: 'get',
    path: '/api/v1/connectors/{connectorId}',
    tag: 'connectors',
    summary: 'Read a connector',
    access: 'bearer',
    who: VIEWER,
    params: connectorParams,
    responses: { 200: { description: 'The connector.', schema: connectorSchema } },
    errors: { NOT_FOUND: 'no such connector', FORBIDDEN: 'the caller is not in the team' },
  }).handle(async ({ params, principal, deps }) => {
    const { connector, team, role } = await loadConnector(
      deps.store,
      params.connectorId,
      principal,
    );
    forbid(canViewTeam(principal, role), 'only members of the team may see its connectors');
    const showIngestUrl = canManageConnectors(principal, role, team);
    return { status: 200, body: connectorView(connector, { showIngestUrl }) };
  }),

  defineOperation({
    id: 'updateConnector',
    method: 'patch',
    path: '/api/v1/connectors/{connectorId}',
    tag: 'connectors',
    summary: "Rename a connector or change its event filter (anyone's, when permitted)",
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: connectorParams,
    body: { kind: 'json', schema: ConnectorPatch, optional: true },
    responses: { 200: { description: 'The connector after the change.', schema: connectorSchema } },
    errors: {
      NOT_FOUND: 'no such connector',
      FORBIDDEN: 'the caller may not manage connectors in the team',
      VALIDATION_FAILED: 'the body does not match the schema, or lists unknown events',
      CONFLICT: CHANGED_MEANWHILE,
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { connector, team, role } = await loadConnector(
      deps.store,
      params.connectorId,
      principal,
    );
    forbid(
      canManageConnectors(principal, role, team),
      'you may not change connectors in this team',
    );
    const sender = await resolveSender(deps, connector.type);
    if (sender && !sender.openEvents) checkEvents(sender.events, body.events);
    const next = await deps.store.connectors.update(connector.id, (stored) => ({
      ...stored,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.events !== undefined ? { events: body.events ?? undefined } : {}),
    }));
    if (!next) throw new RelayError('NOT_FOUND', `no connector '${connector.id}'`);
    return {
      status: 200,
      body: connectorView(next, { showIngestUrl: true }),
      audit: {
        action: 'connector.update',
        target: { type: 'connector', id: connector.id },
        ...changedFields(
          connectorView(connector, { showIngestUrl: false }),
          connectorView(next, { showIngestUrl: false }),
        ),
      },
    };
  }),

  defineOperation({
    id: 'deleteConnector',
    method: 'delete',
    path: '/api/v1/connectors/{connectorId}',
    tag: 'connectors',
    summary: 'Remove a connector; its ingest URL stops working at once',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: connectorParams,
    responses: { 204: { description: 'Removed.' } },
    errors: {
      NOT_FOUND: 'no such connector',
      FORBIDDEN: 'the caller may not manage connectors in the team',
    },
  }).handle(async ({ params, principal, deps }) => {
    const { connector, team, role } = await loadConnector(
      deps.store,
      params.connectorId,
      principal,
    );
    forbid(
      canManageConnectors(principal, role, team),
      'you may not remove connectors in this team',
    );
    await deps.store.connectors.delete(connector);
    return {
      status: 204,
      audit: {
        action: 'connector.delete',
        target: { type: 'connector', id: connector.id },
        before: connectorView(connector, { showIngestUrl: false }),
      },
    };
  }),
];

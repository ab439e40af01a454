import { z } from 'zod';
import { SENDERS, senderFor } from '../../connectors/registry.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, newId, newToken } from '../../core/ids.js';
import { lastRotation, rotateIngestUrl } from '../../core/ingest-url.js';
import {
  canManageConnectors,
  canViewTeam,
  typeAvailableForNewConnections,
} from '../../core/policy.js';
import { ALL_EVENTS, acceptEvent } from '../accept-event.js';
import { lifecycleOf } from '../catalog-lifecycle.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadChannel, loadConnector, requireConnectorsEnabled } from '../lookup.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import {
  connectorListSchema,
  connectorSchema,
  ingestUrlRotationSchema,
} from '../schemas/channels.js';
import { displayName, entityId } from '../schemas/common.js';
import { ingestNotQueuedSchema, ingestQueuedSchema } from '../schemas/ingest.js';
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

const TestRequest = requestSchema(
  'TestRequest',
  z.strictObject({
    event: z
      .string()
      .min(1)
      .max(100)
      .optional()
      .meta({ description: "One of the catalog entry's `samples`; the first by default." }),
  }),
);

const CHANGED_MEANWHILE = 'the connector kept being changed by others meanwhile; retry';

const channelParams = z.object({ channelId: entityId('channel') });
const connectorParams = z.object({ connectorId: entityId('connector') });

/** The URL a sender posts to, kept verbatim: Trello signs over this exact string. */
const ingestUrl = (config: { publicUrl: string }, id: string, token: string) =>
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
      TYPE_RETIRED: 'the type is retired: existing connectors work, new ones are refused',
      TYPE_NOT_YET_AVAILABLE: 'the type is scheduled for a later date',
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store, clock, config } = deps;
    const { channel, team, role } = await loadChannel(store, params.channelId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not add connectors to this team');
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
      callbackUrl: ingestUrl(config, id, token),
      createdBy: principal.id,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.connectors.create(connector);
    const view = connectorView(connector, { showIngestUrl: true, ...(secret ? { secret } : {}) });
    return { status: 201, body: view };
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
    const sender = senderFor(connector.type);
    if (sender && !sender.openEvents) checkEvents(sender.events, body.events);
    const next = await deps.store.connectors.update(connector.id, (stored) => ({
      ...stored,
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.events !== undefined ? { events: body.events ?? undefined } : {}),
    }));
    if (!next) throw new RelayError('NOT_FOUND', `no connector '${connector.id}'`);
    return { status: 200, body: connectorView(next, { showIngestUrl: true }) };
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
    return { status: 204 };
  }),

  defineOperation({
    id: 'rotateIngestUrl',
    method: 'post',
    path: '/api/v1/connectors/{connectorId}/rotate',
    tag: 'connectors',
    summary: 'Issue a new ingest URL; the old one keeps working for a grace period',
    description:
      'The old URL keeps working for INGEST_URL_GRACE_SECONDS (7 days by default), its answers ' +
      'marked with `Deprecation` and `Sunset` headers and a `warning`; then it answers 410 ' +
      'with what to do. Only the URL this rotation replaces gets a grace period: one replaced ' +
      'earlier stops at once. The new URL is shown here and to those who may manage the ' +
      'connector, never on the old URL.',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: connectorParams,
    responses: {
      200: {
        description: 'The connector with its new ingest URL.',
        schema: ingestUrlRotationSchema,
      },
    },
    errors: {
      NOT_FOUND: 'no such connector',
      FORBIDDEN: 'the caller may not manage connectors in the team',
      CONFLICT: CHANGED_MEANWHILE,
    },
  }).handle(async ({ params, principal, deps }) => {
    const { store, clock, config, logger } = deps;
    const { connector, team, role } = await loadConnector(store, params.connectorId, principal);
    forbid(
      canManageConnectors(principal, role, team),
      'you may not rotate ingest URLs of connectors in this team',
    );
    const token = newToken();
    const next = {
      tokenHash: hashToken(token),
      callbackUrl: ingestUrl(config, connector.id, token),
    };
    const now = clock.now();
    const rotated = await store.connectors.update(connector.id, (stored) =>
      rotateIngestUrl(stored, next, now, config.ingestUrlGraceSeconds * 1000),
    );
    const rotation = rotated && lastRotation(rotated);
    if (!rotated || !rotation) throw new RelayError('NOT_FOUND', `no connector '${connector.id}'`);
    logger.info('ingest URL rotated', {
      connectorId: rotated.id,
      connectorType: rotated.type,
      channelId: rotated.channelId,
      by: principal.id,
      previousValidUntil: rotation.previousValidUntil,
    });
    return {
      status: 200,
      body: {
        ...connectorView(rotated, { showIngestUrl: true }),
        ingestUrl: rotated.callbackUrl,
        ...rotation,
      },
    };
  }),

  defineOperation({
    id: 'testConnector',
    method: 'post',
    path: '/api/v1/connectors/{connectorId}/test',
    tag: 'connectors',
    summary: "Send the type's sample event through the connector to its channel",
    description:
      "Signed as the sender signs, with the connector's secret, and taken through the same " +
      'pipeline as a real event; the card says it is a test. Not de-duplicated, not filtered.',
    access: 'bearer',
    who: CONNECTOR_MANAGER,
    params: connectorParams,
    body: { kind: 'json', schema: TestRequest, optional: true },
    responses: {
      202: { description: 'Queued for the channel.', schema: ingestQueuedSchema },
      200: { description: 'Answered without queueing.', schema: ingestNotQueuedSchema },
    },
    errors: {
      NOT_FOUND: 'no such connector, or no sample for that event (the message lists them)',
      FORBIDDEN: 'the caller may not manage connectors in the team',
      CONNECTORS_DISABLED: 'connectors are off for the organisation or the team',
      CONFLICT: "the connector's type is not installed in this release",
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store, clock, enqueuer, logger } = deps;
    const { connector, team, role } = await loadConnector(store, params.connectorId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not test connectors in this team');
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
    return acceptEvent({ enqueuer, clock, logger }, connector, sender, request, { test: true });
  }),
];

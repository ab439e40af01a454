/** What a connector's managers do to it besides changing it: rotate its URL, test it. */
import { z } from 'zod';
import { resolveSender } from '../custom-types.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, newToken } from '../../core/ids.js';
import { lastRotation, rotateIngestUrl } from '../../core/ingest-url.js';
import { canManageConnectors } from '../../core/policy.js';
import { acceptEvent } from '../accept-event.js';
import { defineOperation } from '../http/operation.js';
import { requestSchema } from '../http/schema-registry.js';
import { forbid, loadConnector } from '../lookup.js';
import { requireConnectorsOn } from '../switches.js';
import { sampleFor, sampleRequest } from '../sample-request.js';
import { ingestUrlRotationSchema } from '../schemas/channels.js';
import { ingestNotQueuedSchema, ingestQueuedSchema } from '../schemas/ingest.js';
import { connectorView } from '../views.js';
import { CHANGED_MEANWHILE, connectorParams, ingestUrl } from './connectors.js';
import { CONNECTOR_MANAGER } from './who.js';

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

export const connectorActionOperations = [
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
      audit: {
        action: 'connector.rotate',
        target: { type: 'connector', id: rotated.id },
        after: rotation,
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
      CUSTOM_CONNECTORS_UNAVAILABLE: 'a custom connector, in the gcc, gcch or dod cloud',
      CONFLICT: "the connector's type is not installed in this release",
    },
  }).handle(async ({ params, body, principal, deps }) => {
    const { store, clock, enqueuer, logger } = deps;
    const { connector, team, role } = await loadConnector(store, params.connectorId, principal);
    forbid(canManageConnectors(principal, role, team), 'you may not test connectors in this team');
    const sender = await resolveSender(deps, connector.type);
    if (!sender) {
      throw new RelayError('CONFLICT', `connector type '${connector.type}' is not installed`);
    }
    requireConnectorsOn(await store.org.get(), team, 'nothing was queued');
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

import { z } from 'zod';
import { senderFor } from '../../connectors/registry.js';
import { safeEqual } from '../../connectors/kit/timing-safe.js';
import type { Sender } from '../../connectors/types.js';
import type { Connector } from '../../core/entities.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, isEntityId } from '../../core/ids.js';
import { acceptEvent } from '../accept-event.js';
import type { AppDeps } from '../context.js';
import { defineOperation } from '../http/operation.js';
import { requireConnectorsEnabled } from '../lookup.js';
import { ingestNotQueuedSchema, ingestProbeSchema, ingestQueuedSchema } from '../schemas/ingest.js';

/**
 * Loose on purpose: a malformed id or token gets the same answer as a wrong one (no oracle
 * for valid ids), from the handler rather than from a schema.
 */
const ingestParams = z.object({
  connectorId: z.string().max(200).meta({ description: 'The connector id.' }),
  token: z.string().max(200).meta({ description: 'The connector’s secret URL token.' }),
});

const NOT_FOUND = 'no connector at this URL (wrong id or token, or removed)';

/** Count every ingest answer by connector type and status, and time the acknowledgement. */
function observe(deps: AppDeps, outcome: { status: number; seconds: number; fields: object }) {
  const fields = outcome.fields as { connectorType?: string };
  const type = fields.connectorType ?? 'unknown';
  deps.instruments.ingest.inc({ type, status: String(outcome.status) });
  deps.instruments.ingestSeconds.observe({ type }, outcome.seconds);
}

async function findConnector(
  deps: AppDeps,
  params: { connectorId: string; token: string },
  annotate: (fields: Record<string, string>) => void,
): Promise<{ connector: Connector; sender: Sender }> {
  const connector = isEntityId('connector', params.connectorId)
    ? await deps.store.connectors.get(params.connectorId)
    : undefined;
  // Same answer for an unknown id and a wrong token: no oracle for valid ids.
  if (!connector || !safeEqual(connector.tokenHash, hashToken(params.token))) {
    throw new RelayError('CONNECTOR_NOT_FOUND', 'no connector at this URL');
  }
  annotate({ connectorId: connector.id, connectorType: connector.type });
  const sender = senderFor(connector.type);
  if (!sender)
    throw new RelayError(
      'CONNECTOR_NOT_FOUND',
      `connector type '${connector.type}' is not installed`,
    );
  return { connector, sender };
}

const PATH = '/hooks/{connectorId}/{token}';

/** Where webhooks arrive: POST, and PUT for the senders that can be set to it. */
function receiveOperation(method: 'post' | 'put') {
  return defineOperation({
    id: method === 'post' ? 'ingest' : 'ingestPut',
    method,
    path: PATH,
    tag: 'ingest',
    summary:
      method === 'post'
        ? 'Where a service posts its webhooks'
        : 'The same, for senders set to PUT (Grafana can be)',
    description:
      'The connector is found by its unguessable URL and the team and organisation switches ' +
      'are applied before the body is read; the body is then read (up to INGEST_MAX_BYTES), ' +
      "its signature checked on the raw bytes with the connector's secrets, and only then " +
      'parsed. 202 is sent once the event is durably queued.',
    access: 'public',
    params: ingestParams,
    bodyLimit: (deps) => deps.config.ingestMaxBytes,
    body: {
      kind: 'raw',
      types: ['application/json', 'application/x-www-form-urlencoded'],
      description: 'Exactly as the service sends it: the signature covers these bytes.',
    },
    responses: {
      202: { description: 'Queued for the channel.', schema: ingestQueuedSchema },
      200: { description: 'Answered without queueing.', schema: ingestNotQueuedSchema },
    },
    errors: {
      CONNECTOR_NOT_FOUND: NOT_FOUND,
      CONNECTORS_DISABLED: 'connectors are off for the organisation or the team; nothing queued',
      SIGNATURE_MISSING: 'the connector has a secret and the request is not signed',
      SIGNATURE_INVALID: 'the signature does not match, or its timestamp is stale',
      MALFORMED_PAYLOAD: "the body is not the sender's format",
      PAYLOAD_TOO_LARGE: 'the body is over INGEST_MAX_BYTES',
      NOT_READY: 'Redis is unavailable; the sender should retry',
    },
    observe,
  }).handle(async ({ params, deps, annotate, readRaw, headers }) => {
    const { connector, sender } = await findConnector(deps, params, annotate);
    // Policy before reading the body: a switched-off team costs no body read, queues nothing.
    const [channel, team, org] = await Promise.all([
      deps.store.channels.get(connector.channelId),
      deps.store.teams.get(connector.teamId),
      deps.store.org.get(),
    ]);
    if (!channel || !team)
      throw new RelayError('CONNECTOR_NOT_FOUND', 'this connector no longer has a channel');
    requireConnectorsEnabled(org, team, 'nothing was queued');
    const rawBody = await readRaw();
    const request = {
      method: 'POST',
      headers,
      rawBody,
      callbackUrl: connector.callbackUrl,
      receivedAt: deps.clock.now(),
    };
    return acceptEvent(deps, connector, sender, request);
  });
}

export const ingestOperations = [
  receiveOperation('post'),
  receiveOperation('put'),
  defineOperation({
    id: 'ingestProbe',
    method: 'get',
    path: PATH,
    tag: 'ingest',
    summary: 'Check an ingest URL in a browser; learns nothing secret',
    access: 'public',
    params: ingestParams,
    responses: { 200: { description: 'The URL is a connector.', schema: ingestProbeSchema } },
    errors: { CONNECTOR_NOT_FOUND: NOT_FOUND },
    observe,
  }).handle(async ({ params, deps, annotate }) => {
    const { sender } = await findConnector(deps, params, annotate);
    return {
      status: 200,
      body: { status: 'ok', type: sender.id, message: `POST ${sender.name} webhooks here` },
    };
  }),

  defineOperation({
    id: 'ingestHandshake',
    method: 'head',
    path: PATH,
    tag: 'ingest',
    summary: "A sender's URL check by HEAD (Trello's, when a webhook is created)",
    access: 'public',
    params: ingestParams,
    responses: { 200: { description: 'The sender checks URLs this way.' } },
    errors: {
      CONNECTOR_NOT_FOUND: NOT_FOUND,
      METHOD_NOT_ALLOWED: 'the type does not check URLs by HEAD',
    },
    observe,
  }).handle(async ({ params, deps, annotate }) => {
    const { sender } = await findConnector(deps, params, annotate);
    if (!sender.handshakeMethods.includes('HEAD')) {
      throw new RelayError('METHOD_NOT_ALLOWED', 'use POST', undefined, { Allow: 'POST, GET' });
    }
    return { status: 200 };
  }),
];

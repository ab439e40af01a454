import { z } from 'zod';
import type { Sender } from '../../connectors/types.js';
import type { Channel, Connector, Org, Team } from '../../core/entities.js';
import { RelayError } from '../../core/errors.js';
import { hashToken, isEntityId } from '../../core/ids.js';
import { matchIngestUrl } from '../../core/ingest-url.js';
import { acceptEvent } from '../accept-event.js';
import { resolveSender } from '../custom-types.js';
import type { AppDeps } from '../context.js';
import { toRelayError } from '../errors.js';
import { defineOperation } from '../http/operation.js';
import {
  deprecationHeaders,
  deprecationWarning,
  expiredUrl,
  type ReplacedUrl,
} from '../ingest-deprecation.js';
import { requireConnectorsOn } from '../switches.js';
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
const EXPIRED =
  'the URL was replaced by a rotation and its grace period is over; the message says what to do';
const DEPRECATION_HEADERS = {
  Deprecation:
    'Only on a URL replaced by a rotation, in its grace period: when it was replaced (RFC 9745, `@<unix seconds>`).',
  Sunset: 'With `Deprecation`: when the URL stops working (RFC 8594, an HTTP-date).',
  Link: 'With `Deprecation`: `rel="deprecation"`, the connector in the API, where those who may manage it read its current URL.',
};

/** Count every ingest answer by connector type and status, and time the acknowledgement. */
function observe(deps: AppDeps, outcome: { status: number; seconds: number; fields: object }) {
  const fields = outcome.fields as { connectorType?: string };
  const type = fields.connectorType ?? 'unknown';
  deps.instruments.ingest.inc({ type, status: String(outcome.status) });
  deps.instruments.ingestSeconds.observe({ type }, outcome.seconds);
}

/** The connector a URL names, and which of its URLs it is. */
interface Found {
  connector: Connector;
  /** Read with the connector, in the same round trip (store/ingest-context.ts). */
  channel: Channel | undefined;
  team: Team | undefined;
  org: Org;
  sender: Sender;
  /** The URL as handed out: what Trello signed over, for the URL the request came to. */
  callbackUrl: string;
  /** Set when the URL was replaced by a rotation and is still in its grace period. */
  replaced: ReplacedUrl | undefined;
}

async function findConnector(
  deps: AppDeps,
  params: { connectorId: string; token: string },
  annotate: (fields: Record<string, unknown>) => void,
): Promise<Found> {
  const context = isEntityId('connector', params.connectorId)
    ? await deps.store.ingestContext(params.connectorId)
    : undefined;
  const connector = context?.connector;
  const match = connector
    ? matchIngestUrl(connector, hashToken(params.token), deps.clock.now())
    : ({ kind: 'unknown' } as const);
  // Same answer for an unknown id and a wrong token: no oracle for valid ids.
  if (!connector || match.kind === 'unknown') {
    throw new RelayError('CONNECTOR_NOT_FOUND', 'no connector at this URL');
  }
  annotate({ connectorId: connector.id, connectorType: connector.type });
  const sender = await resolveSender(deps, connector.type);
  if (match.kind === 'expired') {
    annotate({ replacedUrl: 'expired' });
    throw expiredUrl({
      connectorId: connector.id,
      senderName: sender?.name ?? connector.type,
      rotatedAt: match.rotatedAt,
      validUntil: match.validUntil,
    });
  }
  if (!sender)
    throw new RelayError(
      'CONNECTOR_NOT_FOUND',
      `connector type '${connector.type}' is not installed`,
    );
  const { channel, team, org } = context;
  if (match.kind === 'current') {
    return {
      connector,
      channel,
      team,
      org,
      sender,
      callbackUrl: match.callbackUrl,
      replaced: undefined,
    };
  }
  // Operators can see which senders still post to a replaced URL.
  annotate({ replacedUrl: 'in grace' });
  const { rotatedAt, validUntil } = match;
  const replaced = { connectorId: connector.id, senderName: sender.name, rotatedAt, validUntil };
  return { connector, channel, team, org, sender, callbackUrl: match.callbackUrl, replaced };
}

type AnyHeaders = Readonly<Record<string, string | readonly string[]>>;

/**
 * Every answer on a replaced URL still in its grace period carries the deprecation headers,
 * refusals (a bad signature, a switched-off team) included. A 5xx is left as it is: the
 * error middleware logs it with its own stack.
 */
async function marked<R extends { status: number }>(
  found: Found,
  deps: AppDeps,
  run: () => Promise<R> | R,
): Promise<R> {
  if (!found.replaced) return run();
  const headers = deprecationHeaders(found.replaced, deps.config.publicUrl);
  try {
    const reply: R & { headers?: AnyHeaders } = await run();
    return { ...reply, headers: { ...reply.headers, ...headers } };
  } catch (err) {
    const refusal = toRelayError(err);
    if (refusal.status >= 500) throw err;
    throw new RelayError(refusal.code, refusal.message, refusal.details, {
      ...refusal.headers,
      ...headers,
    });
  }
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
      202: {
        description: 'Queued for the channel.',
        schema: ingestQueuedSchema,
        headers: DEPRECATION_HEADERS,
      },
      200: {
        description: 'Answered without queueing.',
        schema: ingestNotQueuedSchema,
        headers: DEPRECATION_HEADERS,
      },
    },
    errors: {
      CONNECTOR_NOT_FOUND: NOT_FOUND,
      INGEST_URL_EXPIRED: EXPIRED,
      CONNECTORS_DISABLED: 'connectors are off for the organisation or the team; nothing queued',
      CUSTOM_CONNECTORS_UNAVAILABLE:
        'a custom connector, in the gcc, gcch or dod cloud: inactive there; nothing queued',
      SIGNATURE_MISSING: 'the connector has a secret and the request is not signed',
      SIGNATURE_INVALID: 'the signature does not match, or its timestamp is stale',
      MALFORMED_PAYLOAD: "the body is not the sender's format",
      PAYLOAD_TOO_LARGE: 'the body is over INGEST_MAX_BYTES',
      NOT_READY: 'Redis is unavailable; the sender should retry',
    },
    observe,
  }).handle(async ({ params, deps, annotate, readRaw, headers }) => {
    const found = await findConnector(deps, params, annotate);
    const { connector, sender, channel, team, org } = found;
    return marked(found, deps, async () => {
      // Policy before reading the body: a switched-off team costs no body read, queues nothing.
      if (!channel || !team)
        throw new RelayError('CONNECTOR_NOT_FOUND', 'this connector no longer has a channel');
      requireConnectorsOn(org, team, 'nothing was queued');
      const rawBody = await readRaw();
      const request = {
        method: 'POST',
        headers,
        rawBody,
        // Trello signed over the URL it was given: the old one for events sent to the old one.
        callbackUrl: found.callbackUrl,
        receivedAt: deps.clock.now(),
      };
      const warning = found.replaced ? deprecationWarning(found.replaced) : undefined;
      return acceptEvent(deps, connector, sender, request, warning ? { warning } : {});
    });
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
    responses: {
      200: {
        description: 'The URL is a connector.',
        schema: ingestProbeSchema,
        headers: DEPRECATION_HEADERS,
      },
    },
    errors: { CONNECTOR_NOT_FOUND: NOT_FOUND, INGEST_URL_EXPIRED: EXPIRED },
    observe,
  }).handle(async ({ params, deps, annotate }) => {
    const found = await findConnector(deps, params, annotate);
    const { sender, replaced } = found;
    return marked(found, deps, () => ({
      status: 200 as const,
      body: {
        status: 'ok' as const,
        type: sender.id,
        message: `POST ${sender.name} webhooks here`,
        ...(replaced ? { warning: deprecationWarning(replaced) } : {}),
      },
    }));
  }),

  defineOperation({
    id: 'ingestHandshake',
    method: 'head',
    path: PATH,
    tag: 'ingest',
    summary: "A sender's URL check by HEAD (Trello's, when a webhook is created)",
    access: 'public',
    params: ingestParams,
    responses: {
      200: { description: 'The sender checks URLs this way.', headers: DEPRECATION_HEADERS },
    },
    errors: {
      CONNECTOR_NOT_FOUND: NOT_FOUND,
      INGEST_URL_EXPIRED: EXPIRED,
      METHOD_NOT_ALLOWED: 'the type does not check URLs by HEAD',
    },
    observe,
  }).handle(async ({ params, deps, annotate }) => {
    const found = await findConnector(deps, params, annotate);
    return marked(found, deps, () => {
      if (!found.sender.handshakeMethods.includes('HEAD')) {
        throw new RelayError('METHOD_NOT_ALLOWED', 'use POST', undefined, { Allow: 'POST, GET' });
      }
      return { status: 200 as const };
    });
  }),
];

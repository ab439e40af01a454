import { ERROR_STATUS } from '../../core/errors.js';
import { obj, ref, type Json } from './helpers.js';
import { requestSchemas } from './schemas-requests.js';
import {
  CLOUDS,
  ROLES,
  KINDS,
  O365_FORMATS,
  CHANNEL_STATUSES,
  LIFECYCLES,
  DELIVERY_STATES,
  bool,
  dateTime,
  id,
  count,
} from './vocabulary.js';

/** Response bodies. */
const responses: Record<string, Json> = {
  Error: {
    type: 'object',
    description: 'The one shape of every refusal, whatever the route.',
    required: ['error'],
    properties: {
      error: obj(
        {
          code: { type: 'string', enum: Object.keys(ERROR_STATUS) },
          message: { type: 'string', description: 'For people; may change between versions.' },
          details: {
            type: 'object',
            description: 'Machine-readable context, e.g. `problems` for VALIDATION_FAILED.',
          },
        },
        ['code', 'message'],
      ),
    },
  },
  Org: obj(
    {
      connectorsEnabled: { ...bool, description: 'Tenant switch: off stops every team.' },
      connectorsEnabledForTeams: bool,
      actionableMessagesEnabled: bool,
      cloud: { type: 'string', enum: CLOUDS },
    },
    ['connectorsEnabled', 'connectorsEnabledForTeams', 'actionableMessagesEnabled', 'cloud'],
  ),
  CreatedUser: obj(
    {
      id,
      name: { type: 'string' },
      admin: bool,
      createdAt: dateTime,
      token: { type: 'string', description: 'The bearer token; shown only in this answer.' },
    },
    ['id', 'name', 'admin', 'createdAt', 'token'],
  ),
  Me: obj(
    {
      id,
      name: { type: 'string' },
      admin: bool,
      teams: {
        type: 'array',
        items: obj({ id, name: { type: 'string' }, role: { type: 'string', enum: ROLES } }, [
          'id',
          'name',
          'role',
        ]),
      },
    },
    ['id', 'name', 'admin', 'teams'],
  ),
  TeamMember: obj({ userId: id, role: { type: 'string', enum: ROLES } }, ['userId', 'role']),
  Team: obj(
    {
      id,
      name: { type: 'string' },
      connectorsEnabled: bool,
      membersCanManageConnectors: bool,
      createdAt: dateTime,
      members: {
        type: 'array',
        items: ref('TeamMember'),
        description: 'Present on creation and on GET; absent from the PATCH answer.',
      },
    },
    ['id', 'name', 'connectorsEnabled', 'membersCanManageConnectors', 'createdAt'],
  ),
  Membership: obj({ teamId: id, userId: id, role: { type: 'string', enum: ROLES } }, [
    'teamId',
    'userId',
    'role',
  ]),
  RateWindow: obj(
    {
      limit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      windowSeconds: { type: 'integer', minimum: 1, maximum: 7 * 24 * 3600 },
    },
    ['limit', 'windowSeconds'],
    { description: 'At most `limit` posts in any `windowSeconds`.' },
  ),
  Channel: obj(
    {
      id,
      teamId: id,
      name: { type: 'string' },
      kind: { type: 'string', enum: KINDS, description: "Decided from the URL's path shape." },
      destination: {
        type: 'string',
        description: 'A masked hint of the webhook URL (host and last characters), never the URL.',
      },
      o365Format: { type: 'string', enum: O365_FORMATS },
      status: { type: 'string', enum: CHANNEL_STATUSES },
      statusReason: { type: 'string', description: 'Why the channel needs attention.' },
      rateLimit: {
        type: 'array',
        items: ref('RateWindow'),
        description: "Absent: the kind's default budget.",
      },
      createdAt: dateTime,
    },
    ['id', 'teamId', 'name', 'kind', 'destination', 'o365Format', 'status', 'createdAt'],
  ),
  QueueDepth: obj({ queued: count, inflight: count, dead: count }, ['queued', 'inflight', 'dead']),
  ChannelDetail: {
    allOf: [ref('Channel'), obj({ queue: ref('QueueDepth') }, ['queue'])],
  },
  Connector: obj(
    {
      id,
      type: { type: 'string', description: 'A catalog entry id.' },
      channelId: id,
      name: { type: 'string' },
      events: {
        type: ['array', 'null'],
        items: { type: 'string' },
        description: 'Event names passed on; null passes every event.',
      },
      hasSecret: bool,
      ingestUrl: {
        type: 'string',
        format: 'uri',
        description: 'A bearer credential: shown only to those who may manage the connector.',
      },
      secret: { type: 'string', description: 'The signing secret; only in the creation answer.' },
      createdBy: id,
      createdAt: dateTime,
    },
    ['id', 'type', 'channelId', 'name', 'events', 'hasSecret', 'createdBy', 'createdAt'],
  ),
  AttemptLog: obj(
    {
      at: dateTime,
      outcome: { type: 'string' },
      status: { type: 'integer', description: 'HTTP status of the destination, when it answered.' },
      reason: { type: 'string' },
    },
    ['at', 'outcome'],
  ),
  Delivery: obj(
    {
      id,
      channelId: id,
      connectorId: id,
      connectorType: { type: 'string' },
      eventName: { type: 'string' },
      senderDeliveryId: { type: 'string', description: "The sender's own id, when it has one." },
      state: { type: 'string', enum: DELIVERY_STATES },
      attempts: count,
      lastError: { type: 'string' },
      receivedAt: dateTime,
      updatedAt: dateTime,
      deliveredAt: dateTime,
      log: { type: 'array', items: ref('AttemptLog') },
    },
    [
      'id',
      'channelId',
      'connectorId',
      'connectorType',
      'eventName',
      'state',
      'attempts',
      'receivedAt',
      'updatedAt',
      'log',
    ],
  ),
  ChannelList: obj({ channels: { type: 'array', items: ref('Channel') } }, ['channels'], {
    description: 'Oldest first.',
  }),
  ConnectorList: obj({ connectors: { type: 'array', items: ref('Connector') } }, ['connectors'], {
    description: 'Oldest first; `ingestUrl` only for callers who may manage connectors.',
  }),
  DeliveryList: obj({ deliveries: { type: 'array', items: ref('Delivery') } }, ['deliveries'], {
    description: 'Newest first.',
  }),
  CatalogEntry: obj(
    {
      id: { type: 'string', examples: ['github'] },
      name: { type: 'string' },
      kind: {
        type: 'string',
        enum: ['builtin', 'custom'],
        description: 'Only `builtin` today; `custom` is reserved for admin-defined types.',
      },
      lifecycle: { type: 'string', enum: LIFECYCLES },
      availableFrom: dateTime,
      events: { type: 'array', items: { type: 'string' } },
      openEvents: {
        type: 'boolean',
        description: 'The sender names its own events (generic JSON): a filter may list any name.',
      },
      signature: {
        type: 'string',
        enum: ['required', 'optional'],
        description:
          '`required`: a secret is generated when none is given and every request is signed.',
      },
      samples: {
        type: 'array',
        items: { type: 'string' },
        description: 'Events with a sample, for `/preview` and `/connectors/{id}/test`.',
      },
    },
    ['id', 'name', 'kind', 'lifecycle', 'events', 'openEvents', 'signature', 'samples'],
  ),
  CardPreview: obj(
    {
      type: { type: 'string', examples: ['github'] },
      event: { type: 'string', examples: ['pull_request'] },
      samples: { type: 'array', items: { type: 'string' } },
      summary: { type: 'string', description: 'The notification preview line.' },
      card: {
        type: 'object',
        description: 'An Adaptive Card 1.4, as posted inside the message envelope.',
      },
    },
    ['type', 'event', 'samples', 'summary', 'card'],
  ),
  CatalogLifecycle: obj(
    {
      id: { type: 'string' },
      lifecycle: { type: 'string', enum: LIFECYCLES },
      availableFrom: dateTime,
    },
    ['id', 'lifecycle'],
  ),
  Health: obj({ status: { const: 'ok' } }, ['status']),
  Ready: obj({ status: { const: 'ready' } }, ['status']),
  IngestQueued: obj(
    {
      status: { const: 'queued' },
      deliveryId: { type: 'string', format: 'uuid' },
      test: { const: true, description: 'Sent by `POST /connectors/{id}/test`.' },
      warning: {
        type: 'string',
        description: 'The channel needs a new webhook URL; the event is held until then.',
      },
    },
    ['status', 'deliveryId'],
  ),
  IngestDuplicate: obj(
    { status: { const: 'duplicate' }, deliveryId: { type: 'string', format: 'uuid' } },
    ['status', 'deliveryId'],
    { description: "The sender's delivery id was seen in the last 24 hours; nothing queued." },
  ),
  IngestHandshake: obj(
    { status: { const: 'ok' }, event: { type: 'string' }, message: { type: 'string' } },
    ['status', 'event', 'message'],
    { description: "A sender's liveness check (GitHub `ping`); nothing queued." },
  ),
  IngestIgnored: obj(
    { status: { const: 'ignored' }, event: { type: 'string' }, reason: { type: 'string' } },
    ['status', 'event', 'reason'],
    { description: "No news for people, or outside the connector's event filter; nothing queued." },
  ),
  IngestProbe: obj(
    { status: { const: 'ok' }, type: { type: 'string' }, message: { type: 'string' } },
    ['status', 'type', 'message'],
    { description: 'Lets a person check an ingest URL in a browser.' },
  ),
};

export const schemas: Record<string, Json> = { ...responses, ...requestSchemas };

import type { DestinationKind, O365Format } from '../../core/destination.js';
import { ERROR_STATUS } from '../../core/errors.js';
import type { DeliveryState } from '../../queue/delivery-record.js';
import type { ChannelStatus, Cloud, Lifecycle, TeamRole } from '../../store/index.js';
import { enumOf, obj, ref, str, type Json } from './helpers.js';

const CLOUDS = enumOf<Cloud>()(['commercial', 'gcc', 'gcch', 'dod']);
const ROLES = enumOf<TeamRole>()(['owner', 'member']);
const KINDS = enumOf<DestinationKind>()(['workflows', 'o365', 'other']);
const O365_FORMATS = enumOf<O365Format>()(['messagecard', 'adaptive']);
const CHANNEL_STATUSES = enumOf<ChannelStatus>()(['ok', 'attention_required']);
const LIFECYCLES = enumOf<Lifecycle>()(['available', 'retired', 'scheduled']);
const DELIVERY_STATES = enumOf<DeliveryState>()([
  'queued',
  'retrying',
  'delivered',
  'dead',
  'parked',
]);

const bool = { type: 'boolean' };
const dateTime = { type: 'string', format: 'date-time' };
const id = { type: 'string' };
const count = { type: 'integer', minimum: 0 };
const name = str({ min: 1, max: 200, trimmed: true });
const events = (description: string): Json => ({
  type: 'array',
  description,
  minItems: 1,
  maxItems: 100,
  items: str({ min: 1, max: 100 }),
  examples: [['push', 'pull_request']],
});

/** What the relay answers with. Open objects: fields may be added without a new version. */
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
      signature: {
        type: 'string',
        enum: ['required', 'optional'],
        description:
          '`required`: a secret is generated when none is given and every request is signed.',
      },
    },
    ['id', 'name', 'kind', 'lifecycle', 'events', 'signature'],
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

const WORKFLOWS_URL =
  'https://default0000.00.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/0a1b2c/triggers/manual/paths/invoke?api-version=1&sig=abc123';

/** What the relay accepts. Closed where the server refuses unknown fields (zod `.strict()`). */
const requests: Record<string, Json> = {
  OrgPatch: obj(
    {
      connectorsEnabled: bool,
      connectorsEnabledForTeams: bool,
      actionableMessagesEnabled: bool,
      cloud: { type: 'string', enum: CLOUDS },
    },
    [],
    { closed: true },
  ),
  NewUser: obj(
    { name: { ...name, examples: ['Ada'] }, admin: { ...bool, default: false } },
    ['name'],
    { closed: true },
  ),
  NewTeam: obj(
    {
      name: { ...name, examples: ['Platform'] },
      connectorsEnabled: {
        ...bool,
        description: 'Default: true, except false when the org cloud is gcc or gcch.',
      },
      membersCanManageConnectors: { ...bool, default: true },
      owners: {
        type: 'array',
        maxItems: 100,
        items: str({ min: 1, examples: ['usr_x'] }),
        description: 'User ids made owners; each must exist.',
      },
    },
    ['name'],
    { closed: true },
  ),
  TeamPatch: obj({ name, connectorsEnabled: bool, membersCanManageConnectors: bool }, [], {
    closed: true,
  }),
  MembershipRequest: obj({ role: { type: 'string', enum: ROLES } }, ['role'], { closed: true }),
  NewChannel: obj(
    {
      name: { ...name, examples: ['Deployments'] },
      webhookUrl: str({
        min: 1,
        max: 4096,
        description:
          'A Teams incoming webhook or Workflows trigger URL (or one on DESTINATION_HOSTS); stored verbatim.',
        examples: [WORKFLOWS_URL],
      }),
      rateLimit: {
        type: 'array',
        minItems: 1,
        maxItems: 8,
        items: ref('RateWindow'),
        examples: [[{ limit: 4, windowSeconds: 1 }]],
      },
      o365Format: { type: 'string', enum: O365_FORMATS, default: 'messagecard' },
    },
    ['name', 'webhookUrl'],
    { closed: true },
  ),
  ChannelRotation: obj(
    { webhookUrl: str({ min: 1, max: 4096, examples: [WORKFLOWS_URL] }) },
    ['webhookUrl'],
    { closed: true },
  ),
  NewConnector: obj(
    {
      type: str({ min: 1, max: 100, description: 'A catalog entry id.', examples: ['github'] }),
      name: str({ min: 1, max: 200, trimmed: true, description: "Default: the type's name." }),
      events: events("Event names to pass on, from the type's catalog entry; absent: all."),
      secret: str({
        min: 8,
        max: 256,
        description:
          'Signing secret shared with the sender. Generated when absent and the type requires one.',
      }),
    },
    ['type'],
    { closed: true },
  ),
  ConnectorPatch: obj(
    {
      name,
      events: { ...events('Event names to pass on; null passes all.'), type: ['array', 'null'] },
    },
    [],
    { closed: true },
  ),
  LifecyclePatch: {
    ...obj(
      {
        lifecycle: { type: 'string', enum: LIFECYCLES, examples: ['scheduled'] },
        availableFrom: {
          ...dateTime,
          description: 'With an offset or Z. Required when lifecycle is scheduled.',
          examples: ['2030-01-01T00:00:00Z'],
        },
      },
      ['lifecycle'],
      { closed: true },
    ),
    if: { required: ['lifecycle'], properties: { lifecycle: { const: 'scheduled' } } },
    then: { required: ['availableFrom'] },
  },
};

export const schemas: Record<string, Json> = { ...responses, ...requests };

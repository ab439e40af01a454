import { obj, ref, str, type Json } from './helpers.js';
import {
  CLOUDS,
  ROLES,
  O365_FORMATS,
  LIFECYCLES,
  bool,
  dateTime,
  name,
  events,
} from './vocabulary.js';

const WORKFLOWS_URL =
  'https://default0000.00.environment.api.powerplatform.com/powerautomate/automations/direct/workflows/0a1b2c/triggers/manual/paths/invoke?api-version=1&sig=abc123';

/** What the relay accepts. Closed where the server refuses unknown fields (zod `z.strictObject`). */
/** Request bodies, matching the zod schemas the routes validate with. */
export const requestSchemas: Record<string, Json> = {
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
  ChannelPatch: obj(
    {
      name,
      rateLimit: {
        type: ['array', 'null'],
        minItems: 1,
        maxItems: 8,
        items: ref('RateWindow'),
        description: 'null returns the channel to its kind’s default budget.',
      },
      o365Format: { type: 'string', enum: O365_FORMATS },
    },
    [],
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
      events: events(
        "Event names to pass on, from the type's catalog entry (any name for types that name " +
          'their own events); `["*"]` or absent: all.',
      ),
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
      events: {
        ...events('Event names to pass on; `["*"]` or null passes all.'),
        type: ['array', 'null'],
      },
    },
    [],
    { closed: true },
  ),
  ConnectorTest: obj(
    {
      event: str({
        min: 1,
        max: 100,
        description: "One of the catalog entry's `samples`; absent: the first.",
        examples: ['push'],
      }),
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

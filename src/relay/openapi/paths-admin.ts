import { ID_PREFIX, ID_SHAPE, type IdKind } from '../../core/ids.js';
import { apiOperation, pathParam, ref, type Json } from './helpers.js';

/** Ids as the relay makes them; any other shape is answered 404 before the store is asked. */
const idParam = (name: string, kind: IdKind) =>
  pathParam(name, `A ${kind} id.`, [`${ID_PREFIX[kind]}_Q2ykFh8s3zHe`], ID_SHAPE[kind].source);
const teamId = idParam('teamId', 'team');
const userId = idParam('userId', 'user');
const channelId = idParam('channelId', 'channel');
const connectorId = idParam('connectorId', 'connector');

export const ADMIN = 'an org admin';
const MANAGER = 'an org admin or an owner of the team';
const VIEWER = 'an org admin or a member of the team';
const CONNECTOR_MANAGER =
  'an org admin, a team owner, or a team member when the team lets members manage connectors';

const forbidden = (why: string) => ({ FORBIDDEN: why });
export const notAdmin = forbidden('the caller is not an org admin');

/** The management API under /api/v1, route by route as src/relay/routes/* implements it. */
export const adminPaths: Record<string, Json> = {
  '/api/v1/org': {
    get: apiOperation({
      operationId: 'getOrg',
      tag: 'org',
      summary: 'Read the organisation settings',
      who: ADMIN,
      success: { status: 200, description: 'The settings.', schema: ref('Org') },
      errors: notAdmin,
    }),
    patch: apiOperation({
      operationId: 'updateOrg',
      tag: 'org',
      summary: 'Change organisation settings',
      who: ADMIN,
      body: ref('OrgPatch'),
      bodyOptional: true,
      success: { status: 200, description: 'The settings after the change.', schema: ref('Org') },
      errors: notAdmin,
    }),
  },

  '/api/v1/me': {
    get: apiOperation({
      operationId: 'whoAmI',
      tag: 'users',
      summary: 'The caller, and the teams it belongs to',
      who: 'any user',
      success: { status: 200, description: 'The caller.', schema: ref('Me') },
      errors: {},
    }),
  },

  '/api/v1/users': {
    post: apiOperation({
      operationId: 'createUser',
      tag: 'users',
      summary: 'Create a user and its bearer token',
      who: ADMIN,
      description: 'The token is shown only in this answer; the relay keeps its hash.',
      body: ref('NewUser'),
      success: {
        status: 201,
        description: 'The user, with its token.',
        schema: ref('CreatedUser'),
      },
      errors: notAdmin,
    }),
  },

  '/api/v1/teams': {
    post: apiOperation({
      operationId: 'createTeam',
      tag: 'teams',
      summary: 'Create a team',
      who: ADMIN,
      body: ref('NewTeam'),
      success: { status: 201, description: 'The team, with its owners.', schema: ref('Team') },
      errors: {
        ...notAdmin,
        VALIDATION_FAILED: 'the body does not match the schema, or an owner is not a user',
      },
    }),
  },

  '/api/v1/teams/{teamId}': {
    get: apiOperation({
      operationId: 'getTeam',
      tag: 'teams',
      summary: 'Read a team and its members',
      who: VIEWER,
      params: [teamId],
      success: { status: 200, description: 'The team.', schema: ref('Team') },
      errors: { NOT_FOUND: 'no such team', ...forbidden('the caller is not in the team') },
    }),
    patch: apiOperation({
      operationId: 'updateTeam',
      tag: 'teams',
      summary: 'Change team settings',
      who: MANAGER,
      params: [teamId],
      body: ref('TeamPatch'),
      bodyOptional: true,
      success: {
        status: 200,
        description: 'The team after the change (without `members`).',
        schema: ref('Team'),
      },
      errors: { NOT_FOUND: 'no such team', ...forbidden('the caller does not own the team') },
    }),
  },

  '/api/v1/teams/{teamId}/members/{userId}': {
    put: apiOperation({
      operationId: 'setTeamMember',
      tag: 'teams',
      summary: 'Add a member or change their role',
      who: MANAGER,
      params: [teamId, userId],
      body: ref('MembershipRequest'),
      success: { status: 200, description: 'The membership.', schema: ref('Membership') },
      errors: {
        NOT_FOUND: 'no such team, or no such user',
        ...forbidden('the caller does not own the team'),
      },
    }),
    delete: apiOperation({
      operationId: 'removeTeamMember',
      tag: 'teams',
      summary: 'Remove a member',
      who: MANAGER,
      description: 'Connectors the member created keep working: they belong to the channel.',
      params: [teamId, userId],
      success: { status: 204, description: 'Removed.' },
      errors: {
        NOT_FOUND: 'no such team, or the user is not a member',
        ...forbidden('the caller does not own the team'),
      },
    }),
  },

  '/api/v1/teams/{teamId}/channels': {
    get: apiOperation({
      operationId: 'listChannels',
      tag: 'channels',
      summary: "A team's channels",
      who: VIEWER,
      params: [teamId],
      success: { status: 200, description: 'Oldest first.', schema: ref('ChannelList') },
      errors: { NOT_FOUND: 'no such team', ...forbidden('the caller is not in the team') },
    }),
    post: apiOperation({
      operationId: 'createChannel',
      tag: 'channels',
      summary: 'Add a channel (a Teams webhook destination)',
      who: MANAGER,
      description:
        'The kind is decided from the URL path shape. A URL of a generation Microsoft has ' +
        'switched off is accepted with status `attention_required`.',
      params: [teamId],
      body: ref('NewChannel'),
      success: { status: 201, description: 'The channel.', schema: ref('Channel') },
      errors: {
        NOT_FOUND: 'no such team',
        ...forbidden('the caller does not own the team'),
        DESTINATION_NOT_ALLOWED: 'the URL is not a Teams host or listed host, or is private',
      },
    }),
  },

  '/api/v1/channels/{channelId}': {
    get: apiOperation({
      operationId: 'getChannel',
      tag: 'channels',
      summary: 'Read a channel, its status and queue depth',
      who: VIEWER,
      params: [channelId],
      success: { status: 200, description: 'The channel.', schema: ref('ChannelDetail') },
      errors: { NOT_FOUND: 'no such channel', ...forbidden('the caller is not in the team') },
    }),
    patch: apiOperation({
      operationId: 'updateChannel',
      tag: 'channels',
      summary: 'Change a channel’s name, budget or legacy card format',
      who: MANAGER,
      description: 'The URL changes only through rotate, which also moves held events.',
      params: [channelId],
      body: ref('ChannelPatch'),
      bodyOptional: true,
      success: {
        status: 200,
        description: 'The channel after the change.',
        schema: ref('Channel'),
      },
      errors: { NOT_FOUND: 'no such channel', ...forbidden('the caller does not own the team') },
    }),
  },

  '/api/v1/channels/{channelId}/rotate': {
    post: apiOperation({
      operationId: 'rotateChannelUrl',
      tag: 'channels',
      summary: 'Replace the webhook URL ("Update URL")',
      who: MANAGER,
      description: 'Held and queued events then flow to the new URL, in order.',
      params: [channelId],
      body: ref('ChannelRotation'),
      success: { status: 200, description: 'The channel.', schema: ref('Channel') },
      errors: {
        NOT_FOUND: 'no such channel',
        ...forbidden('the caller does not own the team'),
        DESTINATION_NOT_ALLOWED: 'the URL is not a Teams host or listed host, or is private',
      },
    }),
  },

  '/api/v1/channels/{channelId}/deliveries': {
    get: apiOperation({
      operationId: 'listDeliveries',
      tag: 'deliveries',
      summary: 'Recent deliveries to a channel',
      who: VIEWER,
      params: [
        channelId,
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'How many; out-of-range numbers are clamped, anything else reads as 50.',
          schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 },
        },
      ],
      success: { status: 200, description: 'Newest first.', schema: ref('DeliveryList') },
      errors: { NOT_FOUND: 'no such channel', ...forbidden('the caller is not in the team') },
    }),
  },

  '/api/v1/channels/{channelId}/connectors': {
    get: apiOperation({
      operationId: 'listConnectors',
      tag: 'connectors',
      summary: "A channel's connectors",
      who: VIEWER,
      params: [channelId],
      success: { status: 200, description: 'Oldest first.', schema: ref('ConnectorList') },
      errors: { NOT_FOUND: 'no such channel', ...forbidden('the caller is not in the team') },
    }),
    post: apiOperation({
      operationId: 'createConnector',
      tag: 'connectors',
      summary: 'Add a connector to a channel',
      who: CONNECTOR_MANAGER,
      description: 'The answer holds the ingest URL and, once only, the signing secret.',
      params: [channelId],
      body: ref('NewConnector'),
      success: { status: 201, description: 'The connector.', schema: ref('Connector') },
      errors: {
        NOT_FOUND: 'no such channel',
        ...forbidden('the caller may not manage connectors in this team'),
        CONNECTORS_DISABLED: 'connectors are off for the organisation or the team',
        VALIDATION_FAILED:
          'the body does not match the schema, the type is not in the catalog, or an event ' +
          'is unknown for the type (`details.known` lists them)',
        TYPE_RETIRED: 'the type is retired: no new connections',
        TYPE_NOT_YET_AVAILABLE: 'the type is scheduled for a later date',
      },
    }),
  },

  '/api/v1/connectors/{connectorId}': {
    get: apiOperation({
      operationId: 'getConnector',
      tag: 'connectors',
      summary: 'Read a connector',
      who: VIEWER,
      description: '`ingestUrl` is included only for callers who may manage the connector.',
      params: [connectorId],
      success: { status: 200, description: 'The connector.', schema: ref('Connector') },
      errors: { NOT_FOUND: 'no such connector', ...forbidden('the caller is not in the team') },
    }),
    patch: apiOperation({
      operationId: 'updateConnector',
      tag: 'connectors',
      summary: 'Rename a connector or change its event filter',
      who: CONNECTOR_MANAGER,
      params: [connectorId],
      body: ref('ConnectorPatch'),
      bodyOptional: true,
      success: { status: 200, description: 'The connector.', schema: ref('Connector') },
      errors: {
        NOT_FOUND: 'no such connector',
        ...forbidden('the caller may not manage connectors in this team'),
        VALIDATION_FAILED: 'the body does not match the schema, or an event is unknown',
      },
    }),
    delete: apiOperation({
      operationId: 'deleteConnector',
      tag: 'connectors',
      summary: 'Remove a connector',
      who: CONNECTOR_MANAGER,
      params: [connectorId],
      success: { status: 204, description: 'Removed; its ingest URL answers 404 from now on.' },
      errors: {
        NOT_FOUND: 'no such connector',
        ...forbidden('the caller may not manage connectors in this team'),
      },
    }),
  },

  '/api/v1/connectors/{connectorId}/test': {
    post: apiOperation({
      operationId: 'testConnector',
      tag: 'connectors',
      summary: "Send the sender's sample event through the real pipeline",
      who: CONNECTOR_MANAGER,
      description:
        'The sample is signed as the sender would sign it with the newest secret, verified, ' +
        'queued and delivered to the channel like any event, marked as a test on the card. ' +
        'It ignores the event filter and de-duplication, so every call posts once.',
      params: [connectorId],
      body: ref('ConnectorTest'),
      bodyOptional: true,
      success: { status: 202, description: 'Queued.', schema: ref('IngestQueued') },
      errors: {
        NOT_FOUND: 'no such connector, or no sample for that event',
        ...forbidden('the caller may not manage connectors in this team'),
        CONNECTORS_DISABLED: 'connectors are off for this team or organisation',
        VALIDATION_FAILED: 'the body does not match the schema',
      },
    }),
  },
};

import { errorResponses, jsonContent, obj, pathParam, ref, type Json } from './helpers.js';

const params = [
  pathParam('connectorId', 'The connector id.'),
  pathParam('token', 'The unguessable part of the ingest URL: it is the credential.'),
];

const header = (name: string, description: string): Json => ({
  name,
  in: 'header',
  required: false,
  description,
  schema: { type: 'string' },
});

/** Shared by every method: the URL is checked before anything else is read. */
const notFound = {
  CONNECTOR_NOT_FOUND:
    'no connector at this URL (unknown id and wrong token answer alike), or its type or channel is gone',
};

/**
 * The ingest URL handed to GitHub, Trello and the like. Not under /api: the URL itself is the
 * credential, so there is no bearer token.
 */
export const ingestPaths: Record<string, Json> = {
  '/hooks/{connectorId}/{token}': {
    description:
      'Methods other than POST, HEAD and GET answer 405 `METHOD_NOT_ALLOWED` without looking ' +
      'the connector up.',
    parameters: params,
    post: {
      operationId: 'ingestEvent',
      tags: ['ingest'],
      summary: 'Receive a webhook from the service',
      description:
        'Order: find the connector, read the raw body (bounded by INGEST_MAX_BYTES, 5 MiB by ' +
        'default), apply the org and team switches, verify the signature on the raw bytes, ' +
        'parse, interpret. 202 is sent only once the event is stored in Redis.',
      parameters: [
        header('X-Hub-Signature-256', 'GitHub: `sha256=<hex HMAC-SHA256(secret, raw body)>`.'),
        header('X-GitHub-Event', 'GitHub: the event name.'),
        header('X-GitHub-Delivery', 'GitHub: the delivery id, used to drop duplicates for 24 h.'),
        header('X-Trello-Webhook', 'Trello: base64 HMAC-SHA1 over raw body and ingest URL.'),
      ],
      requestBody: {
        required: true,
        description: "The service's own payload, signed over its exact bytes.",
        content: {
          'application/json': { schema: {} },
          'application/x-www-form-urlencoded': {
            schema: obj({ payload: { type: 'string', description: 'GitHub form mode: JSON.' } }, [
              'payload',
            ]),
          },
        },
      },
      responses: {
        '200': {
          description: 'Nothing queued: a handshake (ping), an ignored event, or a duplicate.',
          content: jsonContent({
            oneOf: [ref('IngestHandshake'), ref('IngestIgnored'), ref('IngestDuplicate')],
          }),
        },
        '202': {
          description: 'The event is durably queued for the channel.',
          content: jsonContent(ref('IngestQueued')),
        },
        ...errorResponses(
          {
            ...notFound,
            MALFORMED_PAYLOAD: "the body cannot be read as the service's format",
            SIGNATURE_MISSING: 'the connector has a secret and the request is not signed',
            SIGNATURE_INVALID: 'the signature does not match any of the connector secrets',
            CONNECTORS_DISABLED: 'connectors are off for the organisation or team; nothing queued',
            PAYLOAD_TOO_LARGE: 'the body is over INGEST_MAX_BYTES',
            UNSUPPORTED_MEDIA_TYPE: 'the body uses a content encoding the relay cannot read',
            INTERNAL: 'an unexpected failure (Redis unavailable, for instance); retry later',
          },
          {
            TYPE_RETIRED: 'for a connector of a retired type, where the type says it applies',
            INGEST_URL_EXPIRED: 'a rotated-out ingest URL past its grace period',
          },
        ),
      },
    },
    head: {
      operationId: 'ingestHandshakeHead',
      tags: ['ingest'],
      summary: 'URL check by the service (Trello sends HEAD when a webhook is created)',
      responses: {
        '200': { description: 'The connector exists and its type answers HEAD handshakes.' },
        ...withoutBodies(
          errorResponses({
            ...notFound,
            METHOD_NOT_ALLOWED: 'the connector type does not use a HEAD handshake (GitHub)',
          }),
        ),
      },
    },
    get: {
      operationId: 'ingestProbe',
      tags: ['ingest'],
      summary: 'Check an ingest URL from a browser',
      description: 'Reveals only the connector type; no signature or policy checks.',
      responses: {
        '200': { description: 'The URL is live.', content: jsonContent(ref('IngestProbe')) },
        ...errorResponses(notFound),
      },
    },
  },
};

/** Answers to HEAD carry no body, whatever the status. */
function withoutBodies(responses: Record<string, Json>): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, { content: _content, ...rest }]) => [status, rest]),
  );
}

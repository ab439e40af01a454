import { errorResponses, jsonContent, ref, type Json } from './openapi/helpers.js';
import { adminPaths } from './openapi/paths-admin.js';
import { catalogPaths } from './openapi/paths-catalog.js';
import { SESSION_COOKIE } from './dashboard-session.js';
import { dashboardPaths } from './openapi/paths-dashboard.js';
import { ingestPaths } from './openapi/paths-ingest.js';
import { schemas } from './openapi/schemas.js';

/** Process endpoints for orchestrators and scrapers: unauthenticated by design. */
const operationsPaths: Record<string, Json> = {
  '/healthz': {
    get: {
      operationId: 'health',
      tags: ['operations'],
      summary: 'Liveness: 200 while the process lives',
      responses: { '200': { description: 'Alive.', content: jsonContent(ref('Health')) } },
    },
  },
  '/readyz': {
    get: {
      operationId: 'ready',
      tags: ['operations'],
      summary: 'Readiness: 200 when Redis answers',
      responses: {
        '200': { description: 'Redis answers.', content: jsonContent(ref('Ready')) },
        ...errorResponses({ NOT_READY: 'Redis does not answer' }),
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'metrics',
      tags: ['operations'],
      summary: 'Prometheus metrics of this process',
      description: 'Per process: scrape each api and worker process.',
      responses: {
        '200': {
          description: 'Prometheus text exposition format 0.0.4.',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
      },
    },
  },
  '/openapi.json': {
    get: {
      operationId: 'openApi',
      tags: ['operations'],
      summary: 'This document',
      responses: {
        '200': {
          description: 'OpenAPI 3.1.',
          content: jsonContent({ type: 'object', required: ['openapi', 'paths'] }),
        },
      },
    },
  },
};

/** The OpenAPI 3.1 description of every HTTP endpoint the relay serves. */
export function openApiDocument(opts: { publicUrl: string; version: string }): object {
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'connector-relay',
      version: opts.version,
      description:
        'Self-hosted webhook relay for Microsoft Teams: services post to an ingest URL, the ' +
        'relay verifies, queues, renders and delivers each event to a channel. Every refusal ' +
        'is `{"error":{"code","message"}}` with the status of its code.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: opts.publicUrl }],
    tags: [
      { name: 'org', description: 'Organisation-wide switches.' },
      { name: 'users', description: 'People and their bearer tokens.' },
      { name: 'teams', description: 'Teams, owners and members.' },
      { name: 'channels', description: 'Teams webhook destinations.' },
      { name: 'connectors', description: 'A service feeding a channel through an ingest URL.' },
      { name: 'deliveries', description: 'What happened to each event.' },
      { name: 'catalog', description: 'Connector types and their lifecycle.' },
      { name: 'ingest', description: 'Where services send their webhooks.' },
      { name: 'operations', description: 'Health, readiness, metrics, this document.' },
    ],
    paths: {
      ...operationsPaths,
      ...adminPaths,
      ...catalogPaths,
      ...ingestPaths,
      ...dashboardPaths,
    },
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: 'The admin token or a user token (POST /api/v1/users).',
        },
        adminSession: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'Set by POST /admin/sign-in; opens the admin pages for 8 hours.',
        },
      },
    },
  };
}

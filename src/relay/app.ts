import express, { type Express, type RequestHandler } from 'express';
import { RelayError } from '../core/errors.js';
import { authenticate } from './auth.js';
import { openApiDocument } from './openapi.js';
import { RELAY_VERSION } from './version.js';
import type { AppDeps } from './context.js';
import { errorMiddleware, notFound } from './errors.js';
import { requestLog } from './request-log.js';
import { methodNotAllowed } from './method-not-allowed.js';
import { queueDashboard } from './queue-dashboard.js';
import { catalogRoutes } from './routes/catalog.js';
import { channelRoutes } from './routes/channels.js';
import { connectorRoutes } from './routes/connectors.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { orgRoutes } from './routes/org.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/users.js';

/** API bodies are small JSON documents; ingest has its own limit (INGEST_MAX_BYTES). */
const API_BODY_LIMIT = '256kb';

/** A body sent as anything but JSON would be read as `{}` and silently do nothing: refuse it. */
const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody =
    Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (hasBody && !req.is('application/json')) {
    throw new RelayError(
      'UNSUPPORTED_MEDIA_TYPE',
      'send the body as JSON with Content-Type: application/json',
    );
  }
  next();
};

/** What a worker-only process serves: health, readiness and metrics. */
export function buildHealthApp(deps: AppDeps): Express {
  const app = express();
  app.use(requestLog(deps.logger));
  app.disable('x-powered-by');
  app.use(healthRoutes(deps));
  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}

/** Builds the HTTP app from its dependencies; listening is main/'s job. */
export function buildApp(deps: AppDeps): Express {
  const app = express();
  app.use(requestLog(deps.logger));
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(healthRoutes(deps));
  const openapi = openApiDocument({ publicUrl: deps.config.publicUrl, version: RELAY_VERSION });
  app.get('/openapi.json', (_req, res) => {
    res.json(openapi);
  });
  // Ingest reads raw bytes itself: it must come before any JSON parser.
  app.use(ingestRoutes(deps));

  // Authentication first: a caller without a valid token is answered 401 before a byte of its
  // body is read, so an unauthenticated 100 MB upload costs nothing.
  app.use(
    '/api',
    authenticate(deps.store),
    requireJsonBody,
    express.json({ limit: API_BODY_LIMIT, strict: true }),
  );
  app.use(orgRoutes(deps));
  app.use(userRoutes(deps));
  app.use(teamRoutes(deps));
  app.use(channelRoutes(deps));
  app.use(catalogRoutes(deps));
  app.use(connectorRoutes(deps));
  app.use(queueDashboard(deps));

  app.use(methodNotAllowed(app));
  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}

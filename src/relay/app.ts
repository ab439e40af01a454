import express, { type Express } from 'express';
import { authenticate } from './auth.js';
import type { AppDeps } from './context.js';
import { errorMiddleware, notFound } from './errors.js';
import { catalogRoutes } from './routes/catalog.js';
import { channelRoutes } from './routes/channels.js';
import { connectorRoutes } from './routes/connectors.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { orgRoutes } from './routes/org.js';
import { teamRoutes } from './routes/teams.js';
import { userRoutes } from './routes/users.js';

/** What a worker-only process serves: health, readiness and metrics. */
export function buildHealthApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(deps));
  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}

/** Builds the HTTP app from its dependencies; listening is main/'s job. */
export function buildApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(healthRoutes(deps));
  // Ingest reads raw bytes itself: it must come before any JSON parser.
  app.use(ingestRoutes(deps));

  app.use('/api', express.json({ limit: '256kb', strict: true }), authenticate(deps.store));
  app.use(orgRoutes(deps));
  app.use(userRoutes(deps));
  app.use(teamRoutes(deps));
  app.use(channelRoutes(deps));
  app.use(catalogRoutes(deps));
  app.use(connectorRoutes(deps));

  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}

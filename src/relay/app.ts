import type { RequestListener } from 'node:http';
import express, { type Express } from 'express';
import type { AppDeps } from './context.js';
import { errorMiddleware, notFound } from './errors.js';
import { directRoutes } from './http/direct.js';
import { mountTable, type TableEntry } from './http/mount.js';
import { API_TABLE, HEALTH_TABLE } from './operations/index.js';
import { requestLog } from './request-log.js';

function appFor(table: readonly TableEntry[], deps: AppDeps): Express {
  const app = express();
  app.use(requestLog(deps.logger));
  app.disable('x-powered-by');
  app.set('etag', false);
  mountTable(app, table, deps);
  app.use(notFound);
  app.use(errorMiddleware(deps.logger));
  return app;
}

/** What a worker-only process serves: health, readiness and metrics. */
export function buildHealthApp(deps: AppDeps): Express {
  return appFor(HEALTH_TABLE, deps);
}

/**
 * Builds the HTTP app from its dependencies and the operation table; listening is main/'s job.
 * Webhooks are served without Express (http/direct.ts), everything else with it.
 */
export function buildApp(deps: AppDeps): RequestListener {
  const app = appFor(API_TABLE, deps);
  const direct = directRoutes(API_TABLE, deps);
  return (req, res) => {
    if (!direct(req, res)) app(req, res);
  };
}

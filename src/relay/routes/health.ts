import { Router } from 'express';
import type { AppDeps } from '../context.js';

export function healthRoutes({ redisReady, metrics }: AppDeps): Router {
  const r = Router();
  r.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metrics.render());
  });
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    const ready = await redisReady().catch(() => false);
    if (ready) res.json({ status: 'ready' });
    else res.status(503).json({ error: { code: 'NOT_READY', message: 'Redis does not answer' } });
  });
  return r;
}

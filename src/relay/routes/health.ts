import { Router } from 'express';
import { RelayError } from '../../core/errors.js';
import type { AppDeps } from '../context.js';

export function healthRoutes({ redisReady, metrics }: AppDeps): Router {
  const r = Router();
  // Gauges are read from Redis while rendering; if Redis is away they are left out (and
  // relay_redis_up says 0), so a scrape still answers 200 with the process metrics.
  r.get('/metrics', async (_req, res) => {
    const text = await metrics.render();
    res.set('content-type', metrics.contentType).send(text);
  });
  r.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  r.get('/readyz', async (_req, res) => {
    const ready = await redisReady().catch(() => false);
    if (!ready) throw new RelayError('NOT_READY', 'Redis does not answer');
    res.json({ status: 'ready' });
  });
  return r;
}

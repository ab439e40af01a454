import { Router } from 'express';
import { RelayError } from '../../core/errors.js';
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
    if (!ready) throw new RelayError('NOT_READY', 'Redis does not answer');
    res.json({ status: 'ready' });
  });
  return r;
}

import { RelayError } from '../../core/errors.js';
import { defineOperation } from '../http/operation.js';
import { healthSchema, readySchema } from '../schemas/ingest.js';

/** Process endpoints for orchestrators and scrapers: unauthenticated by design. */
export const healthOperations = [
  defineOperation({
    id: 'health',
    method: 'get',
    path: '/healthz',
    tag: 'operations',
    summary: 'Liveness: 200 while the process lives',
    access: 'public',
    responses: { 200: { description: 'Alive.', schema: healthSchema } },
  }).handle(() => ({ status: 200, body: { status: 'ok' } })),
  defineOperation({
    id: 'ready',
    method: 'get',
    path: '/readyz',
    tag: 'operations',
    summary: 'Readiness: 200 when Redis answers',
    access: 'public',
    responses: { 200: { description: 'Redis answers.', schema: readySchema } },
    errors: { NOT_READY: 'Redis does not answer' },
  }).handle(async ({ deps }) => {
    const ready = await deps.redisReady().catch(() => false);
    if (!ready) throw new RelayError('NOT_READY', 'Redis does not answer');
    return { status: 200, body: { status: 'ready' } };
  }),
  defineOperation({
    id: 'metrics',
    method: 'get',
    path: '/metrics',
    tag: 'operations',
    summary: 'Prometheus metrics of this process',
    description:
      'Per process: scrape each api and worker process. Gauges are read from Redis while ' +
      'rendering; if Redis is away they are left out (and relay_redis_up says 0), so a scrape ' +
      'still answers 200 with the process metrics.',
    access: 'public',
    responses: {
      200: { description: 'Prometheus text exposition format 0.0.4.', type: 'text/plain' },
    },
  }).handle(async ({ deps }) => {
    const text = await deps.metrics.render();
    return { status: 200, headers: { 'content-type': deps.metrics.contentType }, body: text };
  }),
];

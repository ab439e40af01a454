import { Router } from 'express';
import { z } from 'zod';
import { PROVIDERS, providerFor } from '../../connectors/registry.js';
import { RelayError } from '../../core/errors.js';
import type { LifecycleState, Store } from '../../store/index.js';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { parseBody } from '../validate.js';

const LifecyclePatch = z
  .object({
    lifecycle: z.enum(['available', 'retired', 'scheduled']),
    availableFrom: z.string().datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((v) => v.lifecycle !== 'scheduled' || v.availableFrom !== undefined, {
    message: 'a scheduled type needs availableFrom',
    path: ['availableFrom'],
  });

export async function lifecycleOf(store: Store, typeId: string): Promise<LifecycleState> {
  return (await store.connectors.lifecycle(typeId)) ?? { lifecycle: 'available' };
}

export function catalogRoutes({ store }: AppDeps): Router {
  const r = Router();

  r.get('/api/v1/catalog', async (_req, res) => {
    principalOf(res);
    const entries = await Promise.all(
      Object.values(PROVIDERS).map(async (p) => {
        const state = await lifecycleOf(store, p.id);
        return {
          id: p.id,
          name: p.name,
          kind: 'builtin' as const,
          lifecycle: state.lifecycle,
          ...(state.availableFrom ? { availableFrom: state.availableFrom } : {}),
          events: p.events,
          signature: p.secret,
        };
      }),
    );
    res.json(entries);
  });

  r.patch('/api/v1/catalog/:typeId', async (req, res) => {
    requireAdmin(principalOf(res));
    if (!providerFor(req.params.typeId))
      throw new RelayError('NOT_FOUND', `no connector type '${req.params.typeId}'`);
    const state = parseBody(LifecyclePatch, req.body);
    await store.connectors.setLifecycle(req.params.typeId, state);
    res.json({ id: req.params.typeId, ...state });
  });

  return r;
}

import { Router } from 'express';
import { z } from 'zod';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { parseBody } from '../validate.js';

const OrgPatch = z
  .strictObject({
    connectorsEnabled: z.boolean(),
    connectorsEnabledForTeams: z.boolean(),
    actionableMessagesEnabled: z.boolean(),
    cloud: z.enum(['commercial', 'gcc', 'gcch', 'dod']),
  })
  .partial();

export function orgRoutes({ store }: AppDeps): Router {
  const r = Router();
  r.get('/api/v1/org', async (_req, res) => {
    requireAdmin(principalOf(res));
    res.json(await store.org.get());
  });
  r.patch('/api/v1/org', async (req, res) => {
    requireAdmin(principalOf(res));
    const patch = parseBody(OrgPatch, req.body);
    res.json(await store.org.update(patch));
  });
  return r;
}

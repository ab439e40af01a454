import { Router } from 'express';
import { z } from 'zod';
import { hashToken, newId, newToken } from '../../core/ids.js';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { parseBody } from '../validate.js';

const NewUser = z
  .object({ name: z.string().trim().min(1).max(200), admin: z.boolean().optional() })
  .strict();

export function userRoutes({ store, clock }: AppDeps): Router {
  const r = Router();
  r.post('/api/v1/users', async (req, res) => {
    requireAdmin(principalOf(res));
    const body = parseBody(NewUser, req.body);
    const token = newToken();
    const user = {
      id: newId('usr'),
      name: body.name,
      admin: body.admin ?? false,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.users.create(user, hashToken(token));
    // The token is shown once: only its hash is kept.
    res.status(201).json({ ...user, token });
  });
  return r;
}

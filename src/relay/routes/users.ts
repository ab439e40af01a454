import { Router } from 'express';
import { z } from 'zod';
import { hashToken, newId, newToken } from '../../core/ids.js';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { parseBody } from '../validate.js';

const NewUser = z.strictObject({
  name: z.string().trim().min(1).max(200),
  admin: z.boolean().optional(),
});

export function userRoutes({ store, clock }: AppDeps): Router {
  const r = Router();
  /** Who the token belongs to, and the teams it can act in: where a user finds their ids. */
  r.get('/api/v1/me', async (_req, res) => {
    const p = principalOf(res);
    const teams = p.id === 'admin' ? [] : await store.teams.teamsOf(p.id);
    res.json({
      id: p.id,
      name: p.name,
      admin: p.kind === 'admin',
      teams: teams.map(({ team, role }) => ({ id: team.id, name: team.name, role })),
    });
  });

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

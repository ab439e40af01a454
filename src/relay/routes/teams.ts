import { Router } from 'express';
import { z } from 'zod';
import { RelayError } from '../../core/errors.js';
import { isEntityId, newId } from '../../core/ids.js';
import { canManageTeam, canViewTeam } from '../../core/policy.js';
import { principalOf, requireAdmin } from '../auth.js';
import type { AppDeps } from '../context.js';
import { forbid, loadTeam, requireIdShape } from '../lookup.js';
import { parseBody } from '../validate.js';
import { teamView } from '../views.js';

const NewTeam = z.strictObject({
  name: z.string().trim().min(1).max(200),
  connectorsEnabled: z.boolean().optional(),
  membersCanManageConnectors: z.boolean().optional(),
  owners: z.array(z.string().min(1)).max(100).optional(),
});

const TeamPatch = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    connectorsEnabled: z.boolean(),
    membersCanManageConnectors: z.boolean(),
  })
  .partial();

const Membership = z.strictObject({ role: z.enum(['owner', 'member']) });

export function teamRoutes({ store, clock }: AppDeps): Router {
  const r = Router();

  r.post('/api/v1/teams', async (req, res) => {
    requireAdmin(principalOf(res));
    const body = parseBody(NewTeam, req.body);
    const owners = body.owners ?? [];
    for (const userId of owners) {
      if (!isEntityId('user', userId) || !(await store.users.get(userId)))
        throw new RelayError('VALIDATION_FAILED', `owners: no user '${userId}'`);
    }
    const org = await store.org.get();
    const team = {
      id: newId('team'),
      name: body.name,
      // In government clouds connectors start disabled until an admin turns them on.
      connectorsEnabled: body.connectorsEnabled ?? !(org.cloud === 'gcc' || org.cloud === 'gcch'),
      membersCanManageConnectors: body.membersCanManageConnectors ?? true,
      createdAt: new Date(clock.now()).toISOString(),
    };
    await store.teams.create(team, owners);
    res.status(201).json(
      teamView(
        team,
        owners.map((userId) => ({ userId, role: 'owner' })),
      ),
    );
  });

  r.get('/api/v1/teams/:teamId', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canViewTeam(p, role), 'only members of the team may see it');
    res.json(teamView(team, await store.teams.members(team.id)));
  });

  r.patch('/api/v1/teams/:teamId', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may change the team');
    const next = { ...team, ...parseBody(TeamPatch, req.body) };
    await store.teams.update(next);
    res.json(teamView(next));
  });

  r.put('/api/v1/teams/:teamId/members/:userId', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may change members');
    const { role: newRole } = parseBody(Membership, req.body);
    requireIdShape('user', req.params.userId);
    if (!(await store.users.get(req.params.userId)))
      throw new RelayError('NOT_FOUND', `no user '${req.params.userId}'`);
    await store.teams.setMember(team.id, req.params.userId, newRole);
    res.json({ teamId: team.id, userId: req.params.userId, role: newRole });
  });

  r.delete('/api/v1/teams/:teamId/members/:userId', async (req, res) => {
    const p = principalOf(res);
    const { team, role } = await loadTeam(store, req.params.teamId, p);
    forbid(canManageTeam(p, role), 'only an org admin or a team owner may change members');
    requireIdShape('user', req.params.userId);
    if (!(await store.teams.removeMember(team.id, req.params.userId))) {
      throw new RelayError('NOT_FOUND', `user '${req.params.userId}' is not a member of this team`);
    }
    // Connectors the user created keep working: they belong to the channel, not the person.
    res.status(204).end();
  });

  return r;
}

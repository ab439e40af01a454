import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import { listAll } from './list-all.js';
import type { Team, TeamRole } from '../core/entities.js';

export interface TeamStore {
  create(team: Team, owners: string[]): Promise<void>;
  get(id: string): Promise<Team | undefined>;
  /** Every team, by name. */
  list(): Promise<Team[]>;
  update(team: Team): Promise<void>;
  roleOf(teamId: string, userId: string): Promise<TeamRole | undefined>;
  members(teamId: string): Promise<Array<{ userId: string; role: TeamRole }>>;
  /** The teams a user belongs to, with the user's role in each. */
  teamsOf(userId: string): Promise<Array<{ team: Team; role: TeamRole }>>;
  /**
   * Adds a member or changes a role, atomically refused (`last_owner`) when it would demote
   * the team's only owner.
   */
  setMember(teamId: string, userId: string, role: TeamRole): Promise<MemberChange>;
  /** Removes a member; refused (`last_owner`) for the team's only owner. */
  removeMember(teamId: string, userId: string): Promise<MemberChange>;
}

/** `not_member`: nothing to remove. `last_owner`: refused, the team would have no owner. */
export type MemberChange = 'done' | 'not_member' | 'last_owner';

/**
 * Set (ARGV[2] a role) or remove (ARGV[2] '') a member, unless that leaves a team that has
 * owners with none. In one script so two owners demoting each other cannot both succeed.
 * KEYS: teamMembers, userTeams   ARGV: userId, role or '', teamId
 */
const CHANGE_MEMBER = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if ARGV[2] == '' and not current then return 'not_member' end
if current == 'owner' and ARGV[2] ~= 'owner' then
  local owners = 0
  local all = redis.call('HGETALL', KEYS[1])
  for i = 2, #all, 2 do if all[i] == 'owner' then owners = owners + 1 end end
  if owners <= 1 then return 'last_owner' end
end
if ARGV[2] == '' then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('SREM', KEYS[2], ARGV[3])
else
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  redis.call('SADD', KEYS[2], ARGV[3])
end
return 'done'`;

export function createTeamStore(redis: Redis, keys: Keys): TeamStore {
  return {
    async create(team, owners) {
      const tx = redis
        .multi()
        .set(keys.team(team.id), JSON.stringify(team))
        .sadd(keys.teams(), team.id);
      for (const userId of owners) {
        tx.hset(keys.teamMembers(team.id), userId, 'owner').sadd(keys.userTeams(userId), team.id);
      }
      await tx.exec();
    },
    async get(id) {
      return decode<Team>(await redis.get(keys.team(id)), 'team');
    },
    list: () => listAll<Team>(redis, keys.teams(), (id) => keys.team(id), 'team'),
    async update(team) {
      await redis.set(keys.team(team.id), JSON.stringify(team));
    },
    async roleOf(teamId, userId) {
      const role = await redis.hget(keys.teamMembers(teamId), userId);
      return role === 'owner' || role === 'member' ? role : undefined;
    },
    async members(teamId) {
      const all = await redis.hgetall(keys.teamMembers(teamId));
      return Object.entries(all).map(([userId, role]) => ({ userId, role: role as TeamRole }));
    },
    async setMember(teamId, userId, role) {
      return (await redis.eval(
        CHANGE_MEMBER,
        2,
        keys.teamMembers(teamId),
        keys.userTeams(userId),
        userId,
        role,
        teamId,
      )) as MemberChange;
    },
    async removeMember(teamId, userId) {
      return (await redis.eval(
        CHANGE_MEMBER,
        2,
        keys.teamMembers(teamId),
        keys.userTeams(userId),
        userId,
        '',
        teamId,
      )) as MemberChange;
    },
    async teamsOf(userId) {
      const teamIds = await redis.smembers(keys.userTeams(userId));
      const pipe = redis.pipeline();
      for (const id of teamIds) pipe.get(keys.team(id)).hget(keys.teamMembers(id), userId);
      const rows = (await pipe.exec()) ?? [];
      const out: Array<{ team: Team; role: TeamRole }> = [];
      teamIds.forEach((_id, i) => {
        const team = decode<Team>((rows[2 * i]?.[1] as string | null) ?? null, 'team');
        const role = rows[2 * i + 1]?.[1];
        if (team && (role === 'owner' || role === 'member')) out.push({ team, role });
      });
      return out.sort((a, b) => a.team.name.localeCompare(b.team.name));
    },
  };
}

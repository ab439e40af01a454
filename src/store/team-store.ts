import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import type { Team, TeamRole } from '../core/entities.js';

export interface TeamStore {
  create(team: Team, owners: string[]): Promise<void>;
  get(id: string): Promise<Team | undefined>;
  update(team: Team): Promise<void>;
  roleOf(teamId: string, userId: string): Promise<TeamRole | undefined>;
  members(teamId: string): Promise<Array<{ userId: string; role: TeamRole }>>;
  /** The teams a user belongs to, with the user's role in each. */
  teamsOf(userId: string): Promise<Array<{ team: Team; role: TeamRole }>>;
  setMember(teamId: string, userId: string, role: TeamRole): Promise<void>;
  removeMember(teamId: string, userId: string): Promise<boolean>;
}

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
      await redis
        .multi()
        .hset(keys.teamMembers(teamId), userId, role)
        .sadd(keys.userTeams(userId), teamId)
        .exec();
    },
    async removeMember(teamId, userId) {
      const [[, removed]] = (await redis
        .multi()
        .hdel(keys.teamMembers(teamId), userId)
        .srem(keys.userTeams(userId), teamId)
        .exec()) as [[Error | null, number], [Error | null, number]];
      return removed > 0;
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

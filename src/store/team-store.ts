import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import type { Team, TeamRole } from './types.js';

export interface TeamStore {
  create(team: Team, owners: string[]): Promise<void>;
  get(id: string): Promise<Team | undefined>;
  update(team: Team): Promise<void>;
  roleOf(teamId: string, userId: string): Promise<TeamRole | undefined>;
  members(teamId: string): Promise<Array<{ userId: string; role: TeamRole }>>;
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
      for (const userId of owners) tx.hset(keys.teamMembers(team.id), userId, 'owner');
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
      await redis.hset(keys.teamMembers(teamId), userId, role);
    },
    async removeMember(teamId, userId) {
      return (await redis.hdel(keys.teamMembers(teamId), userId)) > 0;
    },
  };
}

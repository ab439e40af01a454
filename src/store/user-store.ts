import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import { listAll } from './list-all.js';
import type { User } from '../core/entities.js';

export interface UserStore {
  create(user: User, tokenHash: string): Promise<void>;
  get(id: string): Promise<User | undefined>;
  findByTokenHash(tokenHash: string): Promise<User | undefined>;
  /** Every user, by name. */
  list(): Promise<User[]>;
  /** Gives the user a new token: the old one stops working in the same step. */
  replaceToken(id: string, tokenHash: string): Promise<void>;
  /** Removes the user and revokes its token; memberships are the caller's to remove first. */
  delete(id: string): Promise<void>;
}

export function createUserStore(redis: Redis, keys: Keys): UserStore {
  const get = async (id: string) => decode<User>(await redis.get(keys.user(id)), 'user');
  return {
    async create(user, tokenHash) {
      await redis
        .multi()
        .set(keys.user(user.id), JSON.stringify(user))
        .set(keys.userByToken(tokenHash), user.id)
        .sadd(keys.users(), user.id)
        .set(keys.userToken(user.id), tokenHash)
        .exec();
    },
    get,
    async delete(id) {
      const tokenHash = await redis.get(keys.userToken(id));
      const tx = redis.multi().del(keys.user(id), keys.userToken(id), keys.userTeams(id));
      if (tokenHash) tx.del(keys.userByToken(tokenHash));
      await tx.srem(keys.users(), id).exec();
    },
    list: () => listAll<User>(redis, keys.users(), (id) => keys.user(id), 'user'),
    async replaceToken(id, tokenHash) {
      const old = await redis.get(keys.userToken(id));
      const tx = redis.multi();
      if (old) tx.del(keys.userByToken(old));
      await tx.set(keys.userByToken(tokenHash), id).set(keys.userToken(id), tokenHash).exec();
    },
    async findByTokenHash(tokenHash) {
      const id = await redis.get(keys.userByToken(tokenHash));
      return id ? get(id) : undefined;
    },
  };
}

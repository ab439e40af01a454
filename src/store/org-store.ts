import type { Redis } from 'ioredis';
import type { Keys } from './keys.js';
import { decode } from './json.js';
import type { Org } from '../core/entities.js';

export const DEFAULT_ORG: Org = Object.freeze({
  connectorsEnabled: true,
  connectorsEnabledForTeams: true,
  actionableMessagesEnabled: true,
  cloud: 'commercial',
});

export interface OrgStore {
  get(): Promise<Org>;
  update(patch: Partial<Org>): Promise<Org>;
  /** The admin token's hash, set once (first start) unless ADMIN_TOKEN overrides it. */
  getAdminTokenHash(): Promise<string | undefined>;
  setAdminTokenHash(hash: string, onlyIfMissing: boolean): Promise<boolean>;
}

/** The settings from the stored record (null: none yet), defaults filled in. */
export function orgFromRaw(raw: string | null): Org {
  return { ...DEFAULT_ORG, ...decode<Partial<Org>>(raw, 'org') };
}

export function createOrgStore(redis: Redis, keys: Keys): OrgStore {
  const get = async (): Promise<Org> => orgFromRaw(await redis.get(keys.org()));
  return {
    get,
    async update(patch) {
      const next = { ...(await get()), ...patch };
      await redis.set(keys.org(), JSON.stringify(next));
      return next;
    },
    async getAdminTokenHash() {
      return (await redis.get(keys.adminTokenHash())) ?? undefined;
    },
    async setAdminTokenHash(hash, onlyIfMissing) {
      if (onlyIfMissing) return (await redis.set(keys.adminTokenHash(), hash, 'NX')) === 'OK';
      await redis.set(keys.adminTokenHash(), hash);
      return true;
    },
  };
}

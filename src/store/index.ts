import type { Redis } from 'ioredis';
import { createCatalogStore, type CatalogStore } from './catalog-store.js';
import { createChannelStore, type ChannelStore } from './channel-store.js';
import { createAuditStore, type AuditStore } from './audit-store.js';
import { createHoldStore, type HoldStore } from './hold-store.js';
import { createConnectorStore, type ConnectorStore } from './connector-store.js';
import { createIngestContextReader, type IngestContextReader } from './ingest-context.js';
import { createKeys, type Keys } from './keys.js';
import { createOrgStore, type OrgStore } from './org-store.js';
import { createTeamStore, type TeamStore } from './team-store.js';
import { createUserStore, type UserStore } from './user-store.js';

export interface Store {
  keys: Keys;
  org: OrgStore;
  users: UserStore;
  teams: TeamStore;
  channels: ChannelStore;
  connectors: ConnectorStore;
  /** Ingest's one-round-trip read of a connector with its channel, team and org. */
  ingestContext: IngestContextReader;
  holds: HoldStore;
  audit: AuditStore;
  /** Custom connector types uploaded by org admins. */
  catalog: CatalogStore;
}

/** The audit log keeps about this many entries, the oldest trimmed first. */
export const AUDIT_MAX_ENTRIES = 10_000;

export function createStore(redis: Redis, prefix: string): Store {
  const keys = createKeys(prefix);
  return {
    keys,
    org: createOrgStore(redis, keys),
    users: createUserStore(redis, keys),
    teams: createTeamStore(redis, keys),
    channels: createChannelStore(redis, keys),
    connectors: createConnectorStore(redis, keys),
    ingestContext: createIngestContextReader(redis, keys),
    holds: createHoldStore(redis, keys),
    audit: createAuditStore(redis, keys, AUDIT_MAX_ENTRIES),
    catalog: createCatalogStore(redis, keys),
  };
}

import type { Redis } from 'ioredis';
import { createChannelStore, type ChannelStore } from './channel-store.js';
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
}

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
  };
}

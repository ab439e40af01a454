import type { Redis } from 'ioredis';
import type { Channel, Connector, Org, Team } from '../core/entities.js';
import { defineScript } from '../queue/script.js';
import { channelFromHash } from './channel-store.js';
import type { Keys } from './keys.js';
import { decode, hashFromFlat } from './json.js';
import { orgFromRaw } from './org-store.js';

/** Everything ingest needs to decide about an event before it reads the body. */
export interface IngestContext {
  connector: Connector;
  /** Undefined when the channel or team was removed under the connector. */
  channel: Channel | undefined;
  team: Team | undefined;
  org: Org;
}

/**
 * The connector, its channel, its team and the org in one round trip and one command: ingest
 * is the hot path, and four reads were most of its Redis cost. The channel and team keys
 * come from the connector record, so the script builds them from the key layout handed in as
 * arguments (keys.ts stays the one place that knows it); like the other cross-record reads,
 * this needs a single Redis, not a cluster.
 * KEYS: connector   ARGV: channel key before/after the id, team key before/after, org key
 * Returns false, or {connectorJson, channelHashFlat, teamJson|false, orgJson|false}.
 */
const INGEST_CONTEXT = `
local raw = redis.call('GET', KEYS[1])
if not raw then return false end
local c = cjson.decode(raw)
local channel = redis.call('HGETALL', ARGV[1] .. tostring(c.channelId) .. ARGV[2])
local team = redis.call('GET', ARGV[3] .. tostring(c.teamId) .. ARGV[4])
return {raw, channel, team, redis.call('GET', ARGV[5])}
`;

const MARK = '\u0000id\u0000';

/** A key's layout around its id, for scripts that build keys from ids they read. */
export function around(keyFor: (id: string) => string): [string, string] {
  const [before = '', after = ''] = keyFor(MARK).split(MARK);
  return [before, after];
}

export type IngestContextReader = (connectorId: string) => Promise<IngestContext | undefined>;

export function createIngestContextReader(redis: Redis, keys: Keys): IngestContextReader {
  const script = defineScript(redis, INGEST_CONTEXT, 1);
  const layout = [
    ...around((id) => keys.channel(id)),
    ...around((id) => keys.team(id)),
    keys.org(),
  ];
  return async (connectorId) => {
    const res = (await script([keys.connector(connectorId)], layout)) as
      [string, string[], string | null, string | null] | null;
    if (!res) return undefined;
    const [connectorRaw, channelFlat, teamRaw, orgRaw] = res;
    const connector = decode<Connector>(connectorRaw, 'connector');
    if (!connector) return undefined;
    return {
      connector,
      channel: channelFromHash(hashFromFlat(channelFlat)),
      team: decode<Team>(teamRaw, 'team'),
      org: orgFromRaw(orgRaw),
    };
  };
}

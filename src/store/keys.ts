/**
 * Every Redis key the relay writes, in one place. All keys share a prefix so several
 * deployments (or test files) can share one Redis without seeing each other. Keys that
 * the same Lua script touches share a `{channelId}` hash tag so the scripts work on
 * Redis Cluster too.
 */
export interface Keys {
  prefix: string;
  org(): string;
  adminTokenHash(): string;
  user(id: string): string;
  userByToken(tokenHash: string): string;
  users(): string;
  team(id: string): string;
  teamMembers(id: string): string;
  /** The teams a user belongs to (the reverse of teamMembers). */
  userTeams(userId: string): string;
  teamChannels(id: string): string;
  teams(): string;
  channel(id: string): string;
  channelConnectors(id: string): string;
  connector(id: string): string;
  catalogLifecycle(typeId: string): string;
  // Delivery pipeline (per channel, hash-tagged):
  outbox(channelId: string): string;
  inflight(channelId: string): string;
  deadLetters(channelId: string): string;
  flushFlag(channelId: string): string;
  flushSeq(channelId: string): string;
  parked(channelId: string): string;
  /** The channel's post log, checked against its budget. */
  budget(channelId: string): string;
  channelDeliveries(channelId: string): string;
  delivery(channelId: string, deliveryId: string): string;
  dedup(channelId: string, connectorId: string, senderId: string): string;
  /** Channels that may have queued work: scanned by the reconciler. */
  activeChannels(): string;
  /** Which channel a delivery id belongs to, for the replay of one delivery. */
  deliveryChannel(deliveryId: string): string;
  /** When the channel's events were first held because connectors were switched off. */
  held(channelId: string): string;
  /** Channels holding events while connectors are off: looked at when a switch turns on. */
  heldChannels(): string;
  /** The admin audit log (a stream). */
  audit(): string;
  /** Channels with work waiting for a flush job that is about to finish its own (FIFO). */
  readyChannels(): string;
  /** Flush jobs about to finish their channel, scored by when that claim lapses. */
  drainers(): string;
  /** The channel a flush job serves when it took one over from the ready list. */
  serving(jobId: string): string;
  /** A user's token hash, so deleting the user revokes its token. */
  userToken(userId: string): string;
}

export function createKeys(prefix: string): Keys {
  const p = prefix;
  const tag = (channelId: string) => `${p}:ch:{${channelId}}`;
  return {
    prefix: p,
    org: () => `${p}:org`,
    adminTokenHash: () => `${p}:admin:token`,
    user: (id) => `${p}:user:${id}`,
    userByToken: (h) => `${p}:user-token:${h}`,
    users: () => `${p}:users`,
    team: (id) => `${p}:team:${id}`,
    teamMembers: (id) => `${p}:team:${id}:members`,
    userTeams: (userId) => `${p}:user:${userId}:teams`,
    teamChannels: (id) => `${p}:team:${id}:channels`,
    teams: () => `${p}:teams`,
    channel: (id) => `${tag(id)}`,
    channelConnectors: (id) => `${tag(id)}:connectors`,
    connector: (id) => `${p}:connector:${id}`,
    catalogLifecycle: (typeId) => `${p}:catalog:${typeId}`,
    outbox: (id) => `${tag(id)}:outbox`,
    inflight: (id) => `${tag(id)}:inflight`,
    deadLetters: (id) => `${tag(id)}:dead`,
    flushFlag: (id) => `${tag(id)}:flush`,
    flushSeq: (id) => `${tag(id)}:flush-seq`,
    parked: (id) => `${tag(id)}:parked`,
    budget: (id) => `${tag(id)}:budget`,
    channelDeliveries: (id) => `${tag(id)}:deliveries`,
    delivery: (channelId, deliveryId) => `${tag(channelId)}:delivery:${deliveryId}`,
    dedup: (channelId, connectorId, senderId) =>
      `${tag(channelId)}:dedup:${connectorId}:${senderId}`,
    activeChannels: () => `${p}:active-channels`,
    deliveryChannel: (deliveryId) => `${p}:delivery-channel:${deliveryId}`,
    held: (id) => `${tag(id)}:held`,
    heldChannels: () => `${p}:held-channels`,
    audit: () => `${p}:audit`,
    readyChannels: () => `${p}:ready-channels`,
    drainers: () => `${p}:drainers`,
    serving: (jobId) => `${p}:serving:${jobId}`,
    userToken: (userId) => `${p}:user:${userId}:token`,
  };
}

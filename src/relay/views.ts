import { maskUrl } from '../delivery/destination-url.js';
import type { Channel, Connector, Team } from '../core/entities.js';

/** What the API shows of a channel: never the URL itself, only a masked hint. */
export function channelView(c: Channel) {
  return {
    id: c.id,
    teamId: c.teamId,
    name: c.name,
    kind: c.kind,
    destination: maskUrl(c.webhookUrl),
    o365Format: c.o365Format,
    status: c.status,
    ...(c.statusReason ? { statusReason: c.statusReason } : {}),
    ...(c.rateLimit ? { rateLimit: c.rateLimit } : {}),
    createdAt: c.createdAt,
  };
}

export function teamView(t: Team, members?: Array<{ userId: string; role: string }>) {
  return { ...t, ...(members ? { members } : {}) };
}

/**
 * A connector as the API shows it. The ingest URL is a bearer credential: shown only to
 * people who may manage the connector. Sender secrets are shown once, at creation.
 */
export function connectorView(c: Connector, opts: { showIngestUrl: boolean; secret?: string }) {
  return {
    id: c.id,
    type: c.type,
    channelId: c.channelId,
    name: c.name,
    events: c.events ?? null,
    hasSecret: c.secrets.length > 0,
    ...(opts.showIngestUrl ? { ingestUrl: c.callbackUrl } : {}),
    ...(opts.secret ? { secret: opts.secret } : {}),
    createdBy: c.createdBy,
    createdAt: c.createdAt,
  };
}

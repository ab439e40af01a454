import type { z } from 'zod';
import type { Sender } from '../connectors/types.js';
import type { Channel, Connector, LifecycleState, Team } from '../core/entities.js';
import { budgetOf } from '../core/budget.js';
import { lastRotation } from '../core/ingest-url.js';
import { maskUrl } from '../delivery/destination-url.js';
import type { catalogEntrySchema } from './schemas/catalog.js';
import type { channelSchema, connectorSchema } from './schemas/channels.js';
import type { teamSchema } from './schemas/people.js';

/** What the API shows of a channel: never the URL itself, only a masked hint. */
export function channelView(c: Channel): z.input<typeof channelSchema> {
  return {
    id: c.id,
    teamId: c.teamId,
    name: c.name,
    kind: c.kind,
    destination: maskUrl(c.webhookUrl),
    o365Format: c.o365Format,
    status: c.status,
    ...(c.statusReason ? { statusReason: c.statusReason } : {}),
    ...(c.statusCode ? { statusCode: c.statusCode } : {}),
    ...(c.rateLimit ? { rateLimit: c.rateLimit } : {}),
    budget: [...budgetOf(c)],
    digest: c.digest,
    createdAt: c.createdAt,
  };
}

export function teamView(
  t: Team,
  members?: Array<{ userId: string; role: 'owner' | 'member' }>,
): z.input<typeof teamSchema> {
  return { ...t, ...(members ? { members } : {}) };
}

/**
 * A connector as the API shows it. The ingest URL is a bearer credential: shown only to
 * people who may manage the connector. Sender secrets are shown once, at creation.
 */
export function connectorView(
  c: Connector,
  opts: { showIngestUrl: boolean; secret?: string },
): z.input<typeof connectorSchema> {
  return {
    id: c.id,
    type: c.type,
    channelId: c.channelId,
    name: c.name,
    events: c.events ?? null,
    hasSecret: c.secrets.length > 0,
    ...(opts.showIngestUrl ? { ingestUrl: c.callbackUrl } : {}),
    ...(opts.secret ? { secret: opts.secret } : {}),
    ...lastRotation(c),
    createdBy: c.createdBy,
    createdAt: c.createdAt,
  };
}

/** A connector type as the catalog lists it. */
export function catalogEntry(
  sender: Sender,
  state: LifecycleState,
): z.input<typeof catalogEntrySchema> {
  return {
    id: sender.id,
    name: sender.name,
    kind: 'builtin',
    lifecycle: state.lifecycle,
    ...(state.availableFrom ? { availableFrom: state.availableFrom } : {}),
    events: [...sender.events],
    defaultEvents: [...(sender.defaultEvents ?? ['*'])],
    openEvents: sender.openEvents === true,
    signature: sender.secret,
    auth: { scheme: sender.auth.scheme, summary: sender.auth.summary },
    setupHint: sender.setupHint,
    samples: sender.samples.map((sample) => sample.event),
  };
}

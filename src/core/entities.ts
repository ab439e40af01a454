import type { DestinationKind, O365Format } from './destination.js';

export type Cloud = 'commercial' | 'gcc' | 'gcch' | 'dod';

export interface Org {
  connectorsEnabled: boolean;
  connectorsEnabledForTeams: boolean;
  actionableMessagesEnabled: boolean;
  cloud: Cloud;
  /** The channel that receives operator alerts; none when unset. */
  alertChannelId?: string;
}

export interface User {
  id: string;
  name: string;
  admin: boolean;
  createdAt: string;
}

export type TeamRole = 'owner' | 'member';

export interface Team {
  id: string;
  name: string;
  connectorsEnabled: boolean;
  membersCanManageConnectors: boolean;
  createdAt: string;
}

export type ChannelStatus = 'ok' | 'attention_required';
export type ChannelStatusCode = 'legacy_url' | 'destination_gone';

/** A post budget: at most `max` posts in any `perSeconds` (a sliding window). */
export interface RateWindow {
  perSeconds: number;
  max: number;
}

export interface Channel {
  id: string;
  teamId: string;
  name: string;
  /** The destination: a secret. Never logged, never returned whole, never in job data. */
  webhookUrl: string;
  kind: DestinationKind;
  o365Format: O365Format;
  status: ChannelStatus;
  statusReason: string | undefined;
  /**
   * Why, for programs: `legacy_url` (a URL of a retired generation, still tried) or
   * `destination_gone` (it answered gone; events are held until Update URL).
   */
  statusCode?: ChannelStatusCode | undefined;
  /** Bumped on every URL change so a late answer from an old URL cannot park the new one. */
  urlVersion: number;
  /** Explicit budget; undefined means the kind's default, `[]` none. */
  rateLimit: RateWindow[] | undefined;
  /** Merge a backlog the budget cannot pass soon into digest cards (default on). */
  digest: boolean;
  createdAt: string;
}

export interface Connector {
  id: string;
  type: string;
  channelId: string;
  /** Denormalised so ingest can fetch channel, team and org in one round trip. */
  teamId: string;
  name: string;
  /** Event names to pass; undefined passes everything. */
  events: string[] | undefined;
  /** Sender signing secrets, newest first. Kept in clear: HMAC needs the key itself. */
  secrets: string[];
  tokenHash: string;
  /** The ingest URL exactly as handed out (Trello signs over this string). */
  callbackUrl: string;
  /**
   * URLs this connector had before its ingest URL was rotated, newest first (ingest-url.ts).
   * Absent on records written before rotation existed, and on connectors never rotated.
   */
  retiredUrls?: RetiredIngestUrl[] | undefined;
  createdBy: string;
  createdAt: string;
}

/** An ingest URL replaced by a rotation: it works until `validUntil`, then answers 410. */
export interface RetiredIngestUrl {
  tokenHash: string;
  /**
   * The URL exactly as handed out, while it still works (Trello signed its webhooks over
   * this string); dropped once it cannot work again, so no dead credential is kept.
   */
  callbackUrl?: string | undefined;
  /** When it was replaced (ISO 8601). */
  rotatedAt: string;
  /** The end of its grace period (ISO 8601); equal to `rotatedAt` when it had none. */
  validUntil: string;
}

export type Lifecycle = 'available' | 'retired' | 'scheduled';

export interface LifecycleState {
  lifecycle: Lifecycle;
  availableFrom?: string | undefined;
}

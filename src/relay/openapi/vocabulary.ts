/** Enums and primitive shapes shared by the request and response schemas. */
import type { DestinationKind, O365Format } from '../../core/destination.js';
import type { DeliveryState } from '../../queue/delivery-record.js';
import type { ChannelStatus, Cloud, Lifecycle, TeamRole } from '../../core/entities.js';
import { enumOf, str, type Json } from './helpers.js';

export const CLOUDS = enumOf<Cloud>()(['commercial', 'gcc', 'gcch', 'dod']);
export const ROLES = enumOf<TeamRole>()(['owner', 'member']);
export const KINDS = enumOf<DestinationKind>()(['workflows', 'o365', 'other']);
export const O365_FORMATS = enumOf<O365Format>()(['messagecard', 'adaptive']);
export const CHANNEL_STATUSES = enumOf<ChannelStatus>()(['ok', 'attention_required']);
export const LIFECYCLES = enumOf<Lifecycle>()(['available', 'retired', 'scheduled']);
export const DELIVERY_STATES = enumOf<DeliveryState>()([
  'queued',
  'retrying',
  'delivered',
  'dead',
  'parked',
]);

export const bool = { type: 'boolean' };
export const dateTime = { type: 'string', format: 'date-time' };
export const id = { type: 'string' };
export const count = { type: 'integer', minimum: 0 };
export const name = str({ min: 1, max: 200, trimmed: true });
export const events = (description: string): Json => ({
  type: 'array',
  description,
  minItems: 1,
  maxItems: 100,
  items: str({ min: 1, max: 100 }),
  examples: [['push', 'pull_request']],
});

/** What the relay answers with. Open objects: fields may be added without a new version. */

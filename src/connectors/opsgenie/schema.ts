import { z } from 'zod';
import { anyArray, cappedString, line, loose, prose } from '../kit/schema.js';

/**
 * Only the fields the cards read. `action` and `alert.alertId` make a body an Opsgenie alert
 * action; everything else is forgiving, because which fields Opsgenie includes differs per
 * action (Escalate sends little more than the alert id).
 */
export const LIMITS = {
  message: 256,
  /** Opsgenie cuts descriptions it forwards to 1000 characters; notes are as long. */
  text: 1000,
  name: 128,
  /** Tags, recipients, teams and responders kept; the card counts the rest. */
  names: 20,
  token: 64,
} as const;

/** `"P3"`, or the bare number some payloads carry. */
const prioritySchema = z.union([cappedString(16), z.number()]);

/** A name in a list: a string, or an object naming a user or team. */
const nameSchema = z.union([
  line(LIMITS.name),
  z.object({ name: loose(line(LIMITS.name)), username: loose(line(LIMITS.name)) }),
]);

/** The first `max` names of a list, and how many there were. */
function nameList(max: number) {
  return anyArray.transform((all) => ({
    total: all.length,
    head: all.slice(0, max).map((item) => {
      const parsed = nameSchema.safeParse(item).data;
      return typeof parsed === 'object' ? (parsed.name ?? parsed.username) : parsed;
    }),
  }));
}
export type OpsgenieNameList = z.infer<ReturnType<typeof nameList>>;

/**
 * Opsgenie writes `createdAt` in milliseconds and `updatedAt` in nanoseconds, past 2^53: the
 * number parsed is a close neighbour of the one sent, the same each time the body is read.
 */
const epoch = z.number();

const alertSchema = z.object({
  alertId: z.string().min(1),
  /** The short number people quote: `#23`. */
  tinyId: loose(z.union([cappedString(16), z.number()])),
  message: loose(line(LIMITS.message)),
  alias: loose(line(LIMITS.name)),
  priority: loose(prioritySchema),
  tags: loose(nameList(LIMITS.names)),
  entity: loose(line(LIMITS.name)),
  source: loose(line(LIMITS.name)),
  username: loose(line(LIMITS.name)),
  recipients: loose(nameList(LIMITS.names)),
  teams: loose(nameList(LIMITS.names)),
  responders: loose(nameList(LIMITS.names)),
  createdAt: loose(epoch),
  updatedAt: loose(epoch),
  /** Create and custom actions, when the integration is set to add it. */
  description: loose(prose(LIMITS.text)),
  /** AddNote */
  note: loose(prose(LIMITS.text)),
  /** AddTags, RemoveTags: the tags of this action, comma-separated. */
  addedTags: loose(line(LIMITS.text)),
  removedTags: loose(line(LIMITS.text)),
  /** AssignOwnership */
  owner: loose(line(LIMITS.name)),
  /** AddRecipient, AddTeam */
  recipient: loose(line(LIMITS.name)),
  team: loose(line(LIMITS.name)),
});

export const opsgeniePayloadSchema = z.object({
  action: z.string().min(1),
  alert: alertSchema,
  /** Escalate */
  escalationId: loose(cappedString(LIMITS.token)),
  escalationName: loose(line(LIMITS.name)),
  escalationNotify: loose(z.object({ name: loose(line(LIMITS.name)) })),
  repeatCount: loose(z.number()),
  /** Newer payloads: the API request that made the change. */
  alertFlowContext: loose(z.object({ requestId: loose(cappedString(LIMITS.token)) })),
});

export type OpsgeniePayload = z.infer<typeof opsgeniePayloadSchema>;

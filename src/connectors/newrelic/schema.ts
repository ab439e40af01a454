import { z } from 'zod';
import { anyArray, cappedString, httpUrl, line, loose } from '../kit/schema.js';

/**
 * The fields of New Relic's default webhook template, and the names its template variables
 * have (`issueTitle`, `issuePageUrl`, `triggerEvent`) for templates people wrote themselves.
 * Every field is optional: the body is whatever the workflow's template made of it, so a
 * missing or reshaped field costs the card a detail, never the notification.
 */
export const LIMITS = {
  title: 256,
  name: 200,
  /** Impacted entities listed; the card counts the rest. */
  entities: 20,
  /** Policy, condition and source names kept. */
  names: 10,
  token: 64,
} as const;

/** `["a", "b"]`, or `"a, b"` from a template that left out the `json` helper. */
function names(max: number) {
  return z.union([
    anyArray.transform((all) => ({
      total: all.length,
      head: all.slice(0, max).flatMap((item) => {
        const name = line(LIMITS.name).safeParse(item).data;
        return name ? [name] : [];
      }),
    })),
    cappedString(20_000).transform((text) => {
      const all = text
        .split(',', max + 1)
        .map((s) => s.trim())
        .filter(Boolean);
      return { total: all.length, head: all.slice(0, max).map((s) => s.slice(0, LIMITS.name)) };
    }),
  ]);
}
export type NewRelicNameList = z.infer<ReturnType<typeof names>>;

/** Milliseconds since the epoch, as a number or as the digits of one, or an ISO date. */
const time = z.union([z.number(), cappedString(40)]);

/** A count that a template may have quoted. */
const countOf = z.union([
  z.number().int().nonnegative(),
  z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
]);

export const newRelicPayloadSchema = z.object({
  id: loose(z.union([cappedString(LIMITS.token), z.number()])),
  issueId: loose(z.union([cappedString(LIMITS.token), z.number()])),
  issueUrl: loose(httpUrl),
  issuePageUrl: loose(httpUrl),
  title: loose(line(LIMITS.title)),
  issueTitle: loose(line(LIMITS.title)),
  priority: loose(line(LIMITS.token)),
  state: loose(cappedString(LIMITS.token)),
  trigger: loose(line(LIMITS.token)),
  triggerEvent: loose(line(LIMITS.token)),
  impactedEntities: loose(names(LIMITS.entities)),
  totalIncidents: loose(countOf),
  isCorrelated: loose(z.boolean()),
  createdAt: loose(time),
  updatedAt: loose(time),
  sources: loose(names(LIMITS.names)),
  alertPolicyNames: loose(names(LIMITS.names)),
  alertConditionNames: loose(names(LIMITS.names)),
  workflowName: loose(line(LIMITS.name)),
});

export type NewRelicPayload = z.infer<typeof newRelicPayloadSchema>;

/** Keys the card already shows; any other top-level field of a template becomes a fact. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.keys(newRelicPayloadSchema.shape));

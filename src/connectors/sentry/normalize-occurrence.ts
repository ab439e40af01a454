import { z } from 'zod';
import { arrayHead, line, loose, validate } from '../kit/schema.js';
import type { SentryErrorEvent, SentryEventAlert } from './events.js';
import { LIMITS } from './limits.js';
import type { Normalized } from './normalized.js';
import { toOccurrence } from './occurrence.js';
import { occurrenceSchema, text } from './schema.js';

const eventAlertBody = z.object({
  data: z.object({ event: occurrenceSchema, triggered_rule: text(LIMITS.culprit) }),
});

/** `event_alert.triggered`: an issue alert rule with the integration as its action fired. */
export function normalizeEventAlert(payload: unknown): Normalized<SentryEventAlert> {
  const parsed = validate(eventAlertBody, payload, 'event_alert.triggered');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { event, triggered_rule: rule } = parsed.data.data;
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'event_alert',
      rules: rule ? [rule] : [],
      event: toOccurrence(event, 'Sentry event'),
    },
  };
}

const errorBody = z.object({ data: z.object({ error: occurrenceSchema }) });

/** `error.created`: every error event of the organisation (the integration's "error" hook). */
export function normalizeError(payload: unknown, action: string): Normalized<SentryErrorEvent> {
  const parsed = validate(errorBody, payload, `error.${action}`);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'error',
      action,
      event: toOccurrence(parsed.data.data.error, 'Sentry error'),
    },
  };
}

/**
 * The legacy per-project WebHooks plugin: no headers, no signature, the issue's fields at the
 * top level and the event under `event`.
 */
const legacyBody = z.object({
  id: loose(z.union([z.string(), z.number()])),
  project_name: text(LIMITS.name),
  project_slug: text(LIMITS.name),
  project: text(LIMITS.name),
  message: text(LIMITS.body),
  culprit: text(LIMITS.culprit),
  level: occurrenceSchema.shape.level,
  url: occurrenceSchema.shape.web_url,
  triggering_rules: loose(arrayHead(line(LIMITS.culprit), LIMITS.names)),
  event: loose(occurrenceSchema),
});

export type LegacyResult = Normalized<SentryEventAlert> & { eventId?: string };

/**
 * Undefined when the body is not the plugin's: it must name its project and link its issue,
 * which is what every plugin delivery does.
 */
export function normalizeLegacy(payload: unknown): LegacyResult | undefined {
  const parsed = legacyBody.safeParse(payload);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  const project = p.project_slug ?? p.project ?? p.project_name;
  if (project === undefined || p.url === undefined) return undefined;
  const event = toOccurrence(p.event ?? {}, p.message ?? p.culprit ?? 'Sentry event');
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'event_alert',
      rules: p.triggering_rules ?? [],
      event: {
        ...event,
        // The plugin's own fields describe the issue; the event's fill the gaps.
        project: p.project_name ?? project,
        culprit: p.culprit ?? event.culprit,
        level: p.level ?? event.level,
        // The plugin's link is the issue's page.
        url: undefined,
        issueUrl: p.url,
      },
    },
    eventId: p.event?.event_id,
  };
}

import { z } from 'zod';
import { arrayHead, count, line, loose, validate } from '../kit/schema.js';
import type { SentryMetricAlert } from './events.js';
import { LIMITS } from './limits.js';
import type { Normalized } from './normalized.js';
import { link, text, word } from './schema.js';

const projects = loose(arrayHead(line(LIMITS.name), LIMITS.names));

const trigger = z.object({ label: word, alert_threshold: loose(z.number().nullable()) });

const alertRule = z.object({
  name: text(LIMITS.culprit),
  aggregate: text(LIMITS.culprit),
  query: text(LIMITS.culprit),
  time_window: loose(count),
  environment: text(LIMITS.name),
  projects,
  /** 0: the alert fires above the threshold; 1: below it. */
  threshold_type: loose(count),
  triggers: loose(arrayHead(trigger, LIMITS.triggers)),
});

const metricAlertBody = z.object({
  data: z.object({
    description_title: text(LIMITS.title),
    description_text: text(LIMITS.body),
    web_url: link,
    metric_alert: z.object({
      title: text(LIMITS.title),
      projects,
      date_started: text(40),
      date_closed: text(40),
      alert_rule: loose(alertRule),
    }),
  }),
});

/** `metric_alert.critical` / `.warning` / `.resolved`: a metric alert changed state. */
export function normalizeMetricAlert(
  payload: unknown,
  action: string,
): Normalized<SentryMetricAlert> {
  const parsed = validate(metricAlertBody, payload, `metric_alert.${action}`);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { data } = parsed.data;
  const incident = data.metric_alert;
  const rule = incident.alert_rule;
  return {
    kind: 'event',
    event: {
      source: 'sentry',
      type: 'metric_alert',
      action,
      rule: rule?.name,
      title: data.description_title ?? incident.title,
      description: data.description_text,
      projects: rule?.projects ?? incident.projects ?? [],
      aggregate: rule?.aggregate,
      query: rule?.query,
      window: rule?.time_window,
      environment: rule?.environment,
      threshold: rule ? thresholdOf(rule, action) : undefined,
      started: incident.date_started,
      closed: incident.date_closed,
      url: data.web_url,
    },
  };
}

/** The threshold of the trigger named like the action: `above 300`. */
function thresholdOf(rule: z.output<typeof alertRule>, action: string): string | undefined {
  const fired = rule.triggers?.find((t) => t.label === action);
  const value = fired?.alert_threshold;
  if (value === undefined || value === null) return undefined;
  const direction = rule.threshold_type === 1 ? 'below' : 'above';
  return `${direction} ${value}`;
}

/**
 * Normalised Sentry events: only what a card shows, already cut to size. Every member has
 * `source: 'sentry'` and a distinct `type`; `other` catches resources and actions without a
 * dedicated card.
 */

/** An issue (a group of events) as issue webhooks carry it. */
export interface SentryIssue {
  id?: string;
  shortId?: string;
  title: string;
  culprit?: string;
  level?: string;
  status?: string;
  substatus?: string;
  project?: string;
  platform?: string;
  /** Times seen; Sentry sends it as a string. */
  count?: string;
  userCount?: number;
  firstSeen?: string;
  assignee?: string;
  url?: string;
}

/** One event (an occurrence) as issue alerts, error webhooks and the legacy plugin carry it. */
export interface SentryOccurrence {
  title: string;
  message?: string;
  culprit?: string;
  level?: string;
  project?: string;
  environment?: string;
  release?: string;
  /** When it happened, ISO 8601. */
  time?: string;
  /** The top in-app stack frame: `app/models.py:42 in save`. */
  frame?: string;
  url?: string;
  issueUrl?: string;
}

export interface SentryIssueEvent {
  source: 'sentry';
  type: 'issue';
  action: string;
  issue: SentryIssue;
  actor?: string;
  /** `resolved`: how (`now`, `in_next_release`, …). */
  resolution?: string;
}

export interface SentryEventAlert {
  source: 'sentry';
  type: 'event_alert';
  /** The alert rules that fired: one from the integration platform, any from the plugin. */
  rules: string[];
  event: SentryOccurrence;
}

export interface SentryErrorEvent {
  source: 'sentry';
  type: 'error';
  action: string;
  event: SentryOccurrence;
}

export interface SentryMetricAlert {
  source: 'sentry';
  type: 'metric_alert';
  /** `critical`, `warning` or `resolved`. */
  action: string;
  rule?: string;
  title?: string;
  description?: string;
  projects: string[];
  aggregate?: string;
  query?: string;
  /** Minutes. */
  window?: number;
  environment?: string;
  /** `above 300` / `below 0.95`, for the trigger that fired. */
  threshold?: string;
  started?: string;
  closed?: string;
  url?: string;
}

export interface SentryCommentEvent {
  source: 'sentry';
  type: 'comment';
  action: string;
  comment?: string;
  issueId?: string;
  project?: string;
  actor?: string;
}

export interface SentryOtherEvent {
  source: 'sentry';
  type: 'other';
  resource: string;
  action?: string;
  subject?: string;
  url?: string;
  actor?: string;
}

export type SentryEvent =
  | SentryIssueEvent
  | SentryEventAlert
  | SentryErrorEvent
  | SentryMetricAlert
  | SentryCommentEvent
  | SentryOtherEvent;

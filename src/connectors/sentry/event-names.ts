/**
 * Event names a connector's filter may list: `Sentry-Hook-Resource` + "." + the body's
 * `action`, as the integration platform documents them.
 * https://docs.sentry.io/integrations/integration-platform/webhooks/
 * The legacy per-project WebHooks plugin sends no resource header; its alerts are named
 * `event_alert.triggered` too, because they are the same news: an issue alert rule fired.
 */
export const SENTRY_EVENT_NAMES = [
  'issue.created',
  'issue.resolved',
  'issue.assigned',
  'issue.archived',
  'issue.ignored',
  'issue.unresolved',
  'event_alert.triggered',
  'metric_alert.critical',
  'metric_alert.warning',
  'metric_alert.resolved',
  'error.created',
  'comment.created',
  'comment.updated',
  'comment.deleted',
] as const;

/** The resource of the install/uninstall handshake of a public integration. */
export const INSTALLATION = 'installation';

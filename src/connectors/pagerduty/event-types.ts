/**
 * The V3 event types PagerDuty documents, as a webhook subscription lists them. Types it adds
 * later still get a card (by the shape of their data), and pass a connector without a filter.
 * https://developer.pagerduty.com/docs/db0fa8c8984fc-overview#event-types
 */
export const PAGERDUTY_EVENT_TYPES = [
  'incident.triggered',
  'incident.acknowledged',
  'incident.unacknowledged',
  'incident.resolved',
  'incident.reopened',
  'incident.reassigned',
  'incident.delegated',
  'incident.escalated',
  'incident.priority_updated',
  'incident.annotated',
  'incident.responder.added',
  'incident.responder.replied',
  'incident.status_update_published',
  'service.created',
  'service.updated',
  'service.deleted',
] as const;

/** The "Send Test Event" button's event: a handshake, never posted. */
export const PAGERDUTY_PING = 'pagey.ping';

/**
 * Issue states New Relic's workflows notify about, as the default webhook template writes
 * them in `state`. They name the events a connector's filter may list.
 * https://docs.newrelic.com/docs/alerts/get-notified/notification-integrations/#webhook
 */
export const NEWRELIC_STATES = ['CREATED', 'ACTIVATED', 'ACKNOWLEDGED', 'CLOSED'] as const;

/** The event name of a notification whose template sends no state. */
export const NO_STATE_EVENT = 'notification';

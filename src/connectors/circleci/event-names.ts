/**
 * Event names a connector's filter may list: the `circleci-event-type` header, which the body's
 * `type` repeats. `ping` (the "Test ping event" button) is a handshake, never queued.
 * https://circleci.com/docs/webhooks/#event-types
 */
export const CIRCLECI_EVENT_NAMES = ['workflow-completed', 'job-completed'] as const;

export const PING = 'ping';

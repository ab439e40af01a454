/**
 * Datadog names no event: the notification's transition (`$ALERT_TRANSITION`, in the
 * payload template or at the start of the title) is the event, as a snake_case token.
 * A notification that carries none (an event-stream mention) is a `notification`.
 */
export const DATADOG_TRANSITIONS = [
  'triggered',
  're_triggered',
  'warn',
  'recovered',
  'no_data',
] as const;
export const NO_TRANSITION = 'notification';
export const DATADOG_EVENTS: readonly string[] = [...DATADOG_TRANSITIONS, NO_TRANSITION];

export interface DatadogLink {
  title: string;
  url: string;
}

export interface DatadogEvent {
  /** The event name: a transition token or `notification`. */
  event: string;
  /** The transition as Datadog words it: `Re-Triggered`, `No Data`. */
  transition?: string;
  title?: string;
  /** The message, Markdown markers removed; its links are in `links`. */
  text?: string;
  link?: string;
  links: DatadogLink[];
  priority?: string;
  alertType?: string;
  eventType?: string;
  org?: string;
  host?: string;
  scope?: string;
  metric?: string;
  tags: string[];
  /** `$DATE` as a UTC minute, or as sent when it is not a time. */
  date?: string;
  /** Other short top-level values of the user's template, in the order sent. */
  extra: Array<[key: string, value: string]>;
}

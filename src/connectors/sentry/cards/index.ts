import type { CardModel } from '../../../core/card-model.js';
import type { SentryEvent } from '../events.js';
import { issueCard } from './issue.js';
import { metricAlertCard } from './metric-alert.js';
import { errorCard, eventAlertCard } from './occurrence.js';
import { commentCard, otherCard } from './other.js';

/** Pure: one normalised Sentry event → the presentation-neutral card. */
export function sentryCard(event: SentryEvent): CardModel {
  switch (event.type) {
    case 'issue':
      return issueCard(event);
    case 'event_alert':
      return eventAlertCard(event);
    case 'error':
      return errorCard(event);
    case 'metric_alert':
      return metricAlertCard(event);
    case 'comment':
      return commentCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no Sentry card for ${JSON.stringify(unhandled)}`);
    }
  }
}

import type { Accent, CardModel } from '../../core/card-model.js';
import type { SignedWebhookEvent } from './normalize.js';

export const SOURCE = 'Webhook';

/** Words in event types that say how it went, checked in this order: `payment_failed` is bad news. */
const ACCENTS: ReadonlyArray<[RegExp, Accent]> = [
  [/fail|error|declin|dispute|overdue|past_due|expired|denied|reject|bounce|fraud/i, 'attention'],
  [/warn|pending|requires_action|retry|paused|suspend/i, 'warning'],
  [/succeed|success|paid|complet|resolved|deliver|approved|verified/i, 'good'],
];

function accentOf(type: string): Accent {
  return ACCENTS.find(([pattern]) => pattern.test(type))?.[1] ?? 'default';
}

/** The event type as the title, when it happened, and what `data` holds. */
export function signedWebhookCard(e: SignedWebhookEvent): CardModel {
  const [first] = e.view.links;
  return {
    source: SOURCE,
    summary: e.when ? `${e.type} at ${e.when}` : e.type,
    title: e.type,
    ...(first ? { titleUrl: first.url } : {}),
    ...(e.when ? { subtitle: e.when } : {}),
    accent: accentOf(e.type),
    facts: e.view.facts,
    links: e.view.links,
  };
}

import type { Accent, CardFact, CardLink, CardModel } from '../../core/card-model.js';
import { capitalize, snakeToWords, utcMinute } from '../kit/wording.js';
import type { PagerDutyEvent, PagerDutyNames } from './events.js';

export const SOURCE = 'PagerDuty';

/** The part of a card that differs per event; who and when are framed the same for all. */
export interface Body {
  title: string;
  titleUrl?: string;
  accent: Accent;
  /** Severity and status words added to the notification preview: "high urgency, P1". */
  severity?: string;
  text?: string;
  facts: CardFact[];
  links: CardLink[];
}

export function frame(event: PagerDutyEvent, body: Body): CardModel {
  const when = utcMinute(event.occurredAt);
  const subtitle = [event.agent && `by ${event.agent}`, when].filter(Boolean).join(' · ');
  return {
    source: SOURCE,
    summary: body.severity ? `${body.title} (${body.severity})` : body.title,
    title: body.title,
    ...(body.titleUrl ? { titleUrl: body.titleUrl } : {}),
    ...(subtitle ? { subtitle } : {}),
    accent: body.accent,
    ...(body.text ? { text: body.text } : {}),
    facts: body.facts,
    links: body.links,
  };
}

/** "Ada, Grace and 3 more", or undefined for an empty list. */
export function nameList(list: PagerDutyNames | undefined): string | undefined {
  if (list === undefined || list.names.length === 0) return undefined;
  const more = list.total - list.names.length;
  return more > 0 ? `${list.names.join(', ')} and ${more} more` : list.names.join(', ');
}

/** `incident.custom_field_values.updated` → "Custom field values updated". */
export function typeWords(eventType: string): string {
  const [, ...rest] = eventType.split('.');
  return capitalize(snakeToWords(rest.join(' ')) || snakeToWords(eventType));
}

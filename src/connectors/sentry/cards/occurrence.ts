import type { CardLink, CardModel } from '../../../core/card-model.js';
import type { SentryErrorEvent, SentryEventAlert, SentryOccurrence } from '../events.js';
import { SOURCE, capitalize, facts, levelAccent, projectTag, utc } from './common.js';

function occurrenceLinks(e: SentryOccurrence): CardLink[] {
  const links: CardLink[] = [];
  if (e.issueUrl) links.push({ title: 'View issue', url: e.issueUrl });
  if (e.url) links.push({ title: e.issueUrl ? 'View event' : 'View in Sentry', url: e.url });
  return links;
}

function occurrenceFacts(e: SentryOccurrence) {
  return [
    ['Level', e.level ? capitalize(e.level) : undefined],
    ['Culprit', e.culprit],
    ['Location', e.frame],
    ['Environment', e.environment],
    ['Release', e.release],
    ['Seen', utc(e.time)],
  ] satisfies [string, string | undefined][];
}

/** An issue alert rule fired: the event that set it off, coloured by its level. */
export function eventAlertCard(a: SentryEventAlert): CardModel {
  const { event } = a;
  const title = `${projectTag(event.project)}${event.title}`;
  const rules = a.rules.join(', ');
  const subtitle = rules
    ? `Alert rule${a.rules.length === 1 ? '' : 's'} triggered: ${rules}`
    : 'Issue alert triggered';
  return {
    source: SOURCE,
    summary: rules ? `${title} (alert: ${rules})` : title,
    title,
    titleUrl: event.issueUrl ?? event.url,
    subtitle,
    accent: levelAccent(event.level),
    text: event.message,
    facts: facts(...occurrenceFacts(event)),
    links: occurrenceLinks(event),
  };
}

/** One error event, as the integration's error webhook sends each of them. */
export function errorCard(e: SentryErrorEvent): CardModel {
  const { event } = e;
  const title = `${projectTag(event.project)}Error: ${event.title}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: event.issueUrl ?? event.url,
    subtitle: event.culprit,
    accent: levelAccent(event.level),
    text: event.message,
    facts: facts(...occurrenceFacts(event)),
    links: occurrenceLinks(event),
  };
}

import type { CardLink, CardModel } from '../../core/card-model.js';
import { capitalize, facts, snakeToWords } from '../kit/wording.js';
import { frame, nameList, typeWords } from './card-frame.js';
import type { PagerDutyEventOf, PagerDutyLink } from './events.js';

const TRIMMED = 'PagerDuty shortened it; the incident has all of it';

function incidentName(incident: PagerDutyLink): string {
  return incident.name ?? 'an incident';
}

function openIncident(incident: PagerDutyLink): CardLink[] {
  return incident.url ? [{ title: 'Open incident', url: incident.url }] : [];
}

export function noteCard(event: PagerDutyEventOf<'note'>): CardModel {
  return frame(event, {
    title: `Note on ${incidentName(event.incident)}`,
    titleUrl: event.incident.url,
    accent: 'accent',
    text: event.note,
    facts: facts(['Note', event.trimmed ? TRIMMED : undefined]),
    links: openIncident(event.incident),
  });
}

export function statusUpdateCard(event: PagerDutyEventOf<'status_update'>): CardModel {
  return frame(event, {
    title: `Status update on ${incidentName(event.incident)}`,
    titleUrl: event.incident.url,
    accent: 'accent',
    text: event.message,
    facts: facts(['Update', event.trimmed ? TRIMMED : undefined]),
    links: openIncident(event.incident),
  });
}

export function responderCard(event: PagerDutyEventOf<'responder'>): CardModel {
  const replied = event.eventType === 'incident.responder.replied';
  const who = event.responder?.name;
  const title = replied
    ? `${who ?? 'A responder'} replied on ${incidentName(event.incident)}`
    : `${who ?? 'A responder'} asked to help on ${incidentName(event.incident)}`;
  return frame(event, {
    title,
    titleUrl: event.incident.url,
    accent: event.state === 'declined' ? 'warning' : 'accent',
    text: event.message,
    facts: facts(
      ['Responder', who],
      ['Escalation policy', event.escalationPolicy],
      ['Request', event.state && snakeToWords(event.state)],
    ),
    links: [
      ...openIncident(event.incident),
      ...(event.responder?.url ? [{ title: 'Open responder', url: event.responder.url }] : []),
    ],
  });
}

export function serviceCard(event: PagerDutyEventOf<'service'>): CardModel {
  const name = event.service.name ?? 'A service';
  return frame(event, {
    title: `Service ${event.service.name ? `${name} ` : ''}${typeWords(event.eventType).toLowerCase()}`,
    titleUrl: event.service.url,
    accent: event.eventType === 'service.deleted' ? 'default' : 'accent',
    facts: facts(['Service', event.service.name], ['Teams', nameList(event.teams)]),
    links: event.service.url ? [{ title: 'Open service', url: event.service.url }] : [],
  });
}

/** A type without a card of its own: "Custom field values updated: Disk full on db-1". */
export function otherCard(event: PagerDutyEventOf<'other'>): CardModel {
  const words = typeWords(event.eventType);
  const { subject } = event;
  return frame(event, {
    title: subject.name ? `${words}: ${subject.name}` : words,
    titleUrl: subject.url,
    accent: 'default',
    text: event.text,
    facts: facts(
      ['Event', event.eventType],
      ['Resource', event.resourceType && capitalize(snakeToWords(event.resourceType))],
    ),
    links: subject.url ? [{ title: 'Open in PagerDuty', url: subject.url }] : [],
  });
}

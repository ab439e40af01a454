import type { Accent, CardLink, CardModel } from '../../core/card-model.js';
import { facts, snakeToWords } from '../kit/wording.js';
import { frame, nameList, typeWords } from './card-frame.js';
import type { PagerDutyEventOf, PagerDutyIncident } from './events.js';

/** The word a card leads with, so firing and resolved read apart at a glance. */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['incident.triggered', 'Triggered'],
  ['incident.acknowledged', 'Acknowledged'],
  ['incident.unacknowledged', 'Unacknowledged'],
  ['incident.resolved', 'Resolved'],
  ['incident.reopened', 'Reopened'],
  ['incident.reassigned', 'Reassigned'],
  ['incident.delegated', 'Delegated'],
  ['incident.escalated', 'Escalated'],
  ['incident.priority_updated', 'Priority changed'],
]);

/** PagerDuty's colours: triggered red, acknowledged orange, resolved green. */
const STATUS_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['triggered', 'attention'],
  ['acknowledged', 'warning'],
  ['resolved', 'good'],
]);

/** The status an event type implies, for incidents whose payload leaves it out. */
const IMPLIED_STATUS: ReadonlyMap<string, string> = new Map([
  ['incident.triggered', 'triggered'],
  ['incident.unacknowledged', 'triggered'],
  ['incident.reopened', 'triggered'],
  ['incident.acknowledged', 'acknowledged'],
  ['incident.resolved', 'resolved'],
]);

/** "Triggered #9: Disk full on db-1", "Triggered #9", "Triggered: Disk full on db-1". */
function incidentTitle(verb: string, incident: PagerDutyIncident): string {
  const number = incident.number === undefined ? '' : ` #${incident.number}`;
  if (incident.title) return `${verb}${number}: ${incident.title}`;
  return number ? `${verb}${number}` : `${verb}: an incident`;
}

export function incidentCard(event: PagerDutyEventOf<'incident'>): CardModel {
  const { incident } = event;
  const verb = VERBS.get(event.eventType) ?? typeWords(event.eventType);
  const status = incident.status || IMPLIED_STATUS.get(event.eventType);
  const urgency = incident.urgency ? `${incident.urgency} urgency` : undefined;
  return frame(event, {
    title: incidentTitle(verb, incident),
    titleUrl: incident.url,
    accent: (status ? STATUS_ACCENTS.get(status) : undefined) ?? 'default',
    severity: [urgency, incident.priority].filter(Boolean).join(', ') || undefined,
    facts: facts(
      ['Status', status],
      ['Urgency', incident.urgency],
      ['Priority', incident.priority],
      ['Service', incident.service?.name],
      ['Assigned to', nameList(incident.assignees)],
      ['Escalation policy', incident.escalationPolicy],
      ['Teams', nameList(incident.teams)],
      ['Resolved as', incident.resolveReason && snakeToWords(incident.resolveReason)],
      ['Conference number', incident.conferenceNumber],
    ),
    links: incidentLinks(incident),
  });
}

function incidentLinks(incident: PagerDutyIncident): CardLink[] {
  const links: CardLink[] = [];
  if (incident.url) links.push({ title: 'Open incident', url: incident.url });
  if (incident.service?.url) links.push({ title: 'Open service', url: incident.service.url });
  if (incident.conferenceUrl) {
    links.push({ title: 'Join conference bridge', url: incident.conferenceUrl });
  }
  return links;
}

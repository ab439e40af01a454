import type { CardModel } from '../../core/card-model.js';
import { incidentCard } from './card-incident.js';
import { noteCard, otherCard, responderCard, serviceCard, statusUpdateCard } from './card-other.js';
import type { PagerDutyEvent } from './events.js';

/** Pure: one normalised PagerDuty event → the presentation-neutral card. */
export function pagerDutyCard(event: PagerDutyEvent): CardModel {
  switch (event.kind) {
    case 'incident':
      return incidentCard(event);
    case 'note':
      return noteCard(event);
    case 'status_update':
      return statusUpdateCard(event);
    case 'responder':
      return responderCard(event);
    case 'service':
      return serviceCard(event);
    case 'other':
      return otherCard(event);
    default:
      return unreachable(event);
  }
}

function unreachable(event: never): never {
  throw new Error(`unhandled PagerDuty event ${JSON.stringify(event)}`);
}

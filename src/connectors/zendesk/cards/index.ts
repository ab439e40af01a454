import type { CardModel } from '../../../core/card-model.js';
import type { ZendeskEvent } from '../events.js';
import { messageCard, otherCard, triggerCard } from './other.js';
import { personCard } from './people.js';
import { ticketCard } from './ticket.js';

/** Pure: one normalised Zendesk event → the presentation-neutral card. */
export function zendeskCard(event: ZendeskEvent): CardModel {
  switch (event.type) {
    case 'ticket':
      return ticketCard(event);
    case 'user':
    case 'organization':
      return personCard(event);
    case 'message':
      return messageCard(event);
    case 'trigger':
      return triggerCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no Zendesk card for ${JSON.stringify(unhandled)}`);
    }
  }
}

import type { CardModel } from '../core/card-model.js';
import type { NormalizedEvent } from '../core/events/index.js';
import { githubCard } from './github.js';
import { trelloCard } from './trello.js';

/** Every normalised event becomes a presentation-neutral card model. Pure. */
export function toCardModel(event: NormalizedEvent): CardModel {
  switch (event.source) {
    case 'github':
      return githubCard(event);
    case 'trello':
      return trelloCard(event);
    default: {
      const unreachable: never = event;
      throw new Error(`no card builder for ${JSON.stringify(unreachable)}`);
    }
  }
}

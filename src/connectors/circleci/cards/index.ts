import type { CardModel } from '../../../core/card-model.js';
import type { CircleCIEvent, CircleCIOtherEvent } from '../events.js';
import { SOURCE, capitalize, facts, statusAccent } from './common.js';
import { jobCard, workflowCard } from './workflow.js';

/** Pure: one normalised CircleCI event → the presentation-neutral card. */
export function circleciCard(event: CircleCIEvent): CardModel {
  switch (event.type) {
    case 'workflow':
      return workflowCard(event);
    case 'job':
      return jobCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no CircleCI card for ${JSON.stringify(unhandled)}`);
    }
  }
}

/** `[org/repo] Pipeline completed`: event types CircleCI adds later. */
function otherCard(e: CircleCIOtherEvent): CardModel {
  const what = capitalize(e.event.replace(/-/g, ' '));
  const title = e.project ? `[${e.project}] ${what}` : `CircleCI ${e.event.replace(/-/g, ' ')}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.pipelineNumber === undefined ? 'CircleCI webhook' : `Pipeline #${e.pipelineNumber}`,
    accent: statusAccent(e.status),
    facts: facts(['Event', e.event], ['Status', e.status]),
    links: e.url ? [{ title: 'View in CircleCI', url: e.url }] : [],
  };
}

import type { CardModel } from '../../../core/card-model.js';
import type { HerokuEvent, HerokuOtherEvent } from '../events.js';
import { appCard } from './app.js';
import {
  SOURCE,
  appTag,
  byLine,
  capitalize,
  dashboardLink,
  dashboardUrl,
  done,
  facts,
} from './common.js';
import { buildCard, releaseCard } from './deploys.js';
import { dynoCard, formationCard } from './dynos.js';

/** Pure: one normalised Heroku event → the presentation-neutral card. */
export function herokuCard(event: HerokuEvent): CardModel {
  switch (event.type) {
    case 'release':
      return releaseCard(event);
    case 'build':
      return buildCard(event);
    case 'app':
      return appCard(event);
    case 'dyno':
      return dynoCard(event);
    case 'formation':
      return formationCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no Heroku card for ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Entities as the dashboard names them. */
const NOUNS: ReadonlyMap<string, string> = new Map([
  ['addon', 'Add-on'],
  ['addon-attachment', 'Add-on attachment'],
  ['collaborator', 'Collaborator'],
  ['domain', 'Domain'],
  ['sni-endpoint', 'SNI endpoint'],
  ['unknown', 'Resource'],
]);

/** `[my-app] Add-on created: heroku-postgresql`. */
function otherCard(e: HerokuOtherEvent): CardModel {
  const noun = NOUNS.get(e.entity) ?? capitalize(e.entity.replace(/-/g, ' '));
  const title = `${appTag(e.app)}${noun} ${done(e.action)}${e.subject ? `: ${e.subject}` : ''}`;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} by ${e.actor}` : title,
    title,
    titleUrl: dashboardUrl(e.app),
    subtitle: byLine(e.actor) ?? 'Heroku app webhook',
    accent: 'default',
    facts: facts(['Entity', `api:${e.entity}`], ['Action', e.action]),
    links: dashboardLink(e.app),
  };
}

import type { CardModel } from '../../../core/card-model.js';
import type { SentryCommentEvent, SentryOtherEvent } from '../events.js';
import { SOURCE, capitalize, facts, projectTag, snakeToWords } from './common.js';

const COMMENT_HEADLINES: ReadonlyMap<string, string> = new Map([
  ['created', 'New comment on'],
  ['updated', 'Comment edited on'],
  ['deleted', 'Comment deleted from'],
]);

/** Comment webhooks carry the issue's id but no link: there is no organisation to build one. */
export function commentCard(c: SentryCommentEvent): CardModel {
  const verb = COMMENT_HEADLINES.get(c.action) ?? `Comment ${snakeToWords(c.action)} on`;
  const issue = c.issueId ? `issue ${c.issueId}` : 'an issue';
  const title = `${projectTag(c.project)}${verb} ${issue}`;
  return {
    source: SOURCE,
    summary: c.actor ? `${title} by ${c.actor}` : title,
    title,
    subtitle: c.actor ? `By ${c.actor}` : undefined,
    accent: 'default',
    text: c.action === 'deleted' ? undefined : c.comment,
    facts: facts(['Issue', c.issueId], ['Project', c.project], ['Author', c.actor]),
    links: [],
  };
}

/** "What happened to what" for resources without a dedicated card. */
export function otherCard(o: SentryOtherEvent): CardModel {
  const what = capitalize(snakeToWords(o.resource));
  const happened = o.action ? ` ${snakeToWords(o.action)}` : '';
  const title = `Sentry ${what}${happened}${o.subject ? `: ${o.subject}` : ''}`;
  return {
    source: SOURCE,
    summary: o.actor ? `${title} by ${o.actor}` : title,
    title,
    titleUrl: o.url,
    subtitle: o.actor ? `By ${o.actor}` : `Sentry ${snakeToWords(o.resource)} webhook`,
    accent: 'default',
    facts: facts(['Resource', o.resource], ['Action', o.action]),
    links: o.url ? [{ title: 'View in Sentry', url: o.url }] : [],
  };
}

import type { CardModel } from '../../../core/card-model.js';
import type { AdoMessageEvent } from '../events.js';
import { detailBeyondSummary } from '../messages.js';
import { SOURCE, facts } from './common.js';

/**
 * Events without a card of their own, and any sent without its resource: Azure DevOps' own
 * summary is the title and its detailed message the text, linked to the page it names.
 */
export function messageCard(e: AdoMessageEvent): CardModel {
  const firstLine = (text: string | undefined) => text?.split('\n')[0]?.trim() || undefined;
  const title =
    firstLine(e.message.summary) ?? firstLine(e.message.detail) ?? `Azure DevOps ${e.eventType}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.message.url,
    subtitle: e.project ? `Project ${e.project}` : undefined,
    accent: 'default',
    text: detailBeyondSummary(e.message),
    facts: facts(['Event', e.eventType], ['Publisher', e.publisher]),
    links: e.message.url ? [{ title: 'Open in Azure DevOps', url: e.message.url }] : [],
  };
}

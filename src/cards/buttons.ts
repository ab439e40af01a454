import type { CardModel } from '../core/card-model.js';
import { linkUrl, oneLine } from './markdown.js';

/** Teams shows a handful of buttons per card; more crowd out the content. */
export const MAX_BUTTONS = 5;

/**
 * The links a card shows as buttons, whatever the card format: https only (a button is a
 * click away from the browser), a title that is never empty, at most MAX_BUTTONS.
 */
export function buttons(model: CardModel): Array<{ title: string; url: string }> {
  const out: Array<{ title: string; url: string }> = [];
  for (const link of model.links) {
    const url = linkUrl(link.url, { httpsOnly: true });
    if (url === undefined) continue;
    const title = oneLine(link.title);
    out.push({ title: title.length > 0 ? title : 'Open', url });
    if (out.length === MAX_BUTTONS) break;
  }
  return out;
}

/** The headline: the title, or the summary when a builder left the title blank. */
export function displayTitle(model: CardModel): string {
  // oneLine drops invisible characters: a title of only those is as blank as an empty one.
  return oneLine(model.title).length > 0 ? model.title : model.summary;
}

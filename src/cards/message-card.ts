/**
 * CardModel → legacy MessageCard, what O365 connector URLs render natively. Pure; the size
 * budget is enforced by the caller (render.ts).
 *
 * Every text field of a MessageCard is processed as Markdown (headings included), so every
 * sender string is escaped. The summary is the exception: it is the plain notification preview.
 */
import type { Accent, CardModel } from '../core/card-model.js';
import type { RenderOptions } from './adaptive.js';
import {
  escapeMarkdown,
  italic,
  listItemLine,
  mdLink,
  moreLine,
  oneLine,
  paragraphs,
} from './markdown.js';
import { buttons, displayTitle } from './buttons.js';

export const MESSAGE_CARD_CONTEXT = 'https://schema.org/extensions';

/** The colour bar on the card's left edge. */
export const THEME_COLORS: Record<Accent, string> = {
  default: '6264A7',
  accent: '0078D4',
  good: '2EB886',
  warning: 'FFB900',
  attention: 'D13438',
};

export interface OpenUriAction {
  '@type': 'OpenUri';
  name: string;
  targets: [{ os: 'default'; uri: string }];
}

export interface MessageCardSection {
  activityTitle: string;
  activitySubtitle?: string;
  facts?: { name: string; value: string }[];
  text?: string;
  markdown: true;
}

export interface MessageCard {
  '@type': 'MessageCard';
  '@context': typeof MESSAGE_CARD_CONTEXT;
  /** Required: without summary or text Teams answers 400 "Summary or Text is required.". */
  summary: string;
  themeColor: string;
  title: string;
  /** One section only; Teams would hide sections past the tenth anyway. */
  sections: [MessageCardSection];
  potentialAction?: OpenUriAction[];
}

/** Never empty: fall back from the summary to the title, the source, then a fixed word. */
function summaryOf(model: CardModel): string {
  for (const candidate of [model.summary, model.title, model.source]) {
    const line = oneLine(candidate);
    if (line.length > 0) return line;
  }
  return 'Notification';
}

/** User text, then the list, each line its own paragraph so Teams keeps the breaks. */
function sectionText(model: CardModel, notice: string | undefined): string | undefined {
  const blocks: string[] = [];
  // Trimmed before escaping, not after: the escapes were chosen for the characters around them.
  const text = paragraphs(escapeMarkdown(model.text?.trim() ?? ''));
  if (text.trim().length > 0) blocks.push(text);
  if (model.list) {
    for (const item of model.list.items) blocks.push(listItemLine(item));
    const more = moreLine(model.list);
    if (more !== undefined) blocks.push(more);
  }
  const noticeLine = notice === undefined ? '' : italic(notice);
  if (noticeLine.length > 0) blocks.push(noticeLine);
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}

function potentialActions(model: CardModel): OpenUriAction[] {
  return buttons(model).map(({ title, url }) => ({
    '@type': 'OpenUri',
    name: title,
    targets: [{ os: 'default', uri: url }],
  }));
}

export function toMessageCard(model: CardModel, opts: RenderOptions = {}): MessageCard {
  const section: MessageCardSection = {
    activityTitle: escapeMarkdown(oneLine(model.source)),
    markdown: true,
  };
  const subtitle = model.subtitle === undefined ? '' : oneLine(model.subtitle);
  if (subtitle.length > 0) section.activitySubtitle = escapeMarkdown(subtitle);
  if (model.facts.length > 0) {
    section.facts = model.facts.map((f) => ({
      name: escapeMarkdown(oneLine(f.title)),
      value: escapeMarkdown(oneLine(f.value)),
    }));
  }
  const text = sectionText(model, opts.notice);
  if (text !== undefined) section.text = text;

  const title = displayTitle(model);
  const card: MessageCard = {
    '@type': 'MessageCard',
    '@context': MESSAGE_CARD_CONTEXT,
    summary: summaryOf(model),
    themeColor: THEME_COLORS[model.accent],
    title: mdLink(title, model.titleUrl),
    sections: [section],
  };
  const buttons = potentialActions(model);
  if (buttons.length > 0) card.potentialAction = buttons;
  return card;
}

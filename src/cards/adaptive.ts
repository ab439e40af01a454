/**
 * CardModel → Adaptive Card 1.4 and the message envelope Workflows (and O365, when asked)
 * accept. Pure; the size budget is enforced by the caller (render.ts).
 */
import type { Accent, CardList, CardModel } from '../core/card-model.js';
import { escapeMarkdown, listItemLine, mdLink, moreLine, oneLine, paragraphs } from './markdown.js';
import { buttons, displayTitle } from './buttons.js';

/** Workflows cannot display 1.5 ("We're sorry, this card couldn't be displayed"). */
export const ADAPTIVE_VERSION = '1.4';
export const ADAPTIVE_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
export const ADAPTIVE_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Medium';
  weight?: 'Bolder';
  isSubtle?: true;
  spacing?: 'None' | 'Small' | 'Medium';
}

export interface Container {
  type: 'Container';
  items: AdaptiveElement[];
  style?: ContainerStyle;
  bleed?: true;
  spacing?: 'None' | 'Small' | 'Medium';
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
}

export type AdaptiveElement = TextBlock | Container | FactSet;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: typeof ADAPTIVE_SCHEMA;
  version: typeof ADAPTIVE_VERSION;
  msteams: { width: 'Full' };
  body: AdaptiveElement[];
  actions?: OpenUrlAction[];
}

export interface AdaptiveEnvelope {
  type: 'message';
  attachments: [
    { contentType: typeof ADAPTIVE_CONTENT_TYPE; contentUrl: null; content: AdaptiveCard },
  ];
}

export interface RenderOptions {
  /** A plain-text line shown last, e.g. to say the card was shortened. */
  notice?: string;
}

/** A 'default' accent still gets a tinted header band so the title stands apart. */
function headerStyle(accent: Accent): ContainerStyle {
  return accent === 'default' ? 'emphasis' : accent;
}

function header(model: CardModel): Container {
  const title = displayTitle(model);
  const items: AdaptiveElement[] = [
    {
      type: 'TextBlock',
      text: escapeMarkdown(oneLine(model.source)),
      size: 'Small',
      isSubtle: true,
      wrap: true,
    },
    {
      type: 'TextBlock',
      text: mdLink(title, model.titleUrl),
      weight: 'Bolder',
      size: 'Medium',
      spacing: 'None',
      wrap: true,
    },
  ];
  const subtitle = model.subtitle === undefined ? '' : oneLine(model.subtitle);
  if (subtitle.length > 0) {
    items.push({
      type: 'TextBlock',
      text: escapeMarkdown(subtitle),
      isSubtle: true,
      spacing: 'None',
      wrap: true,
    });
  }
  return { type: 'Container', style: headerStyle(model.accent), bleed: true, items };
}

function listContainer(list: CardList): Container | undefined {
  const items: AdaptiveElement[] = list.items.map((item) => ({
    type: 'TextBlock',
    text: listItemLine(item),
    spacing: 'Small',
    wrap: true,
  }));
  const more = moreLine(list);
  if (more !== undefined) {
    items.push({ type: 'TextBlock', text: more, isSubtle: true, spacing: 'Small', wrap: true });
  }
  return items.length > 0 ? { type: 'Container', spacing: 'Medium', items } : undefined;
}

function actions(model: CardModel): OpenUrlAction[] {
  return buttons(model).map(({ title, url }) => ({ type: 'Action.OpenUrl', title, url }));
}

export function toAdaptiveCard(model: CardModel, opts: RenderOptions = {}): AdaptiveCard {
  const body: AdaptiveElement[] = [header(model)];
  // Trimmed before escaping, not after: the escapes were chosen for the characters around them.
  const text = paragraphs(escapeMarkdown(model.text?.trim() ?? ''));
  if (text.trim().length > 0) body.push({ type: 'TextBlock', text, wrap: true });
  if (model.facts.length > 0) {
    body.push({
      type: 'FactSet',
      facts: model.facts.map((f) => ({
        title: escapeMarkdown(oneLine(f.title)),
        value: escapeMarkdown(oneLine(f.value)),
      })),
    });
  }
  const list = model.list && listContainer(model.list);
  if (list) body.push(list);
  if (opts.notice !== undefined) {
    body.push({
      type: 'TextBlock',
      text: escapeMarkdown(opts.notice),
      size: 'Small',
      isSubtle: true,
      wrap: true,
    });
  }
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_SCHEMA,
    version: ADAPTIVE_VERSION,
    msteams: { width: 'Full' },
    body,
  };
  const buttons = actions(model);
  // An empty actions array is noise; leave the key out.
  if (buttons.length > 0) card.actions = buttons;
  return card;
}

/**
 * The stock Workflows flow loops over `attachments`; a bare card fails inside the flow while
 * the caller still gets 202.
 */
export function toAdaptiveEnvelope(card: AdaptiveCard): AdaptiveEnvelope {
  return {
    type: 'message',
    attachments: [{ contentType: ADAPTIVE_CONTENT_TYPE, contentUrl: null, content: card }],
  };
}

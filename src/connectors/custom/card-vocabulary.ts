/**
 * The Adaptive Card 1.4 vocabulary a webhook card may use in Teams: each element, action and
 * part with the properties 1.4 defines and the kind of value each takes. Data only; the
 * checker is card-shape.ts.
 */

export type Kind =
  | 'string'
  | 'boolean'
  | 'number'
  | 'url'
  | 'elements'
  | 'actions'
  | 'action'
  | 'facts'
  | 'inlines'
  | 'images'
  | 'columns'
  | 'card'
  | 'image'
  | 'strings'
  | 'any'
  | readonly string[];

const SPACING = ['default', 'none', 'small', 'medium', 'large', 'extraLarge', 'padding'];
const SIZE = ['default', 'small', 'medium', 'large', 'extraLarge'];
const WEIGHT = ['default', 'lighter', 'bolder'];
const COLOR = ['default', 'dark', 'light', 'accent', 'good', 'warning', 'attention'];
const FONT = ['default', 'monospace'];
const H_ALIGN = ['left', 'center', 'right'];
const V_ALIGN = ['top', 'center', 'bottom'];
const CONTAINER_STYLE = ['default', 'emphasis', 'good', 'attention', 'warning', 'accent'];
const IMAGE_SIZE = ['auto', 'stretch', 'small', 'medium', 'large'];
const ACTION_STYLE = ['default', 'positive', 'destructive'];

/** Every element has these (1.4). */
export const ELEMENT_COMMON: Readonly<Record<string, Kind>> = {
  type: 'string',
  id: 'string',
  spacing: SPACING,
  separator: 'boolean',
  isVisible: 'boolean',
  height: ['auto', 'stretch'],
  requires: 'any',
  fallback: 'any',
};

export const ELEMENTS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  TextBlock: {
    text: 'string',
    color: COLOR,
    fontType: FONT,
    horizontalAlignment: H_ALIGN,
    isSubtle: 'boolean',
    maxLines: 'number',
    size: SIZE,
    weight: WEIGHT,
    wrap: 'boolean',
  },
  RichTextBlock: { inlines: 'inlines', horizontalAlignment: H_ALIGN },
  Image: {
    url: 'url',
    altText: 'string',
    backgroundColor: 'string',
    horizontalAlignment: H_ALIGN,
    selectAction: 'action',
    size: IMAGE_SIZE,
    style: ['default', 'person'],
    width: 'string',
  },
  ImageSet: { images: 'images', imageSize: IMAGE_SIZE },
  FactSet: { facts: 'facts' },
  Container: {
    items: 'elements',
    selectAction: 'action',
    style: CONTAINER_STYLE,
    verticalContentAlignment: V_ALIGN,
    bleed: 'boolean',
    backgroundImage: 'image',
    minHeight: 'string',
    rtl: 'boolean',
  },
  ColumnSet: {
    columns: 'columns',
    selectAction: 'action',
    style: CONTAINER_STYLE,
    bleed: 'boolean',
    minHeight: 'string',
    horizontalAlignment: H_ALIGN,
  },
  ActionSet: { actions: 'actions' },
};

export const COLUMN: Readonly<Record<string, Kind>> = {
  ...ELEMENT_COMMON,
  items: 'elements',
  backgroundImage: 'image',
  bleed: 'boolean',
  minHeight: 'string',
  rtl: 'boolean',
  selectAction: 'action',
  style: CONTAINER_STYLE,
  verticalContentAlignment: V_ALIGN,
  width: 'any',
};

export const TEXT_RUN: Readonly<Record<string, Kind>> = {
  type: 'string',
  text: 'string',
  color: COLOR,
  fontType: FONT,
  highlight: 'boolean',
  isSubtle: 'boolean',
  italic: 'boolean',
  size: SIZE,
  strikethrough: 'boolean',
  underline: 'boolean',
  weight: WEIGHT,
  selectAction: 'action',
};

export const ACTION_COMMON: Readonly<Record<string, Kind>> = {
  type: 'string',
  id: 'string',
  title: 'string',
  iconUrl: 'url',
  style: ACTION_STYLE,
  fallback: 'any',
  tooltip: 'string',
  isEnabled: 'boolean',
  requires: 'any',
};

/**
 * Links, client-side actions, and Universal Actions (`Action.Execute`, stripped with the other
 * callback actions when the org turns actionable messages off). `Action.Submit` is left out:
 * nothing behind a webhook can receive it.
 */
export const ACTIONS: Readonly<Record<string, Readonly<Record<string, Kind>>>> = {
  'Action.OpenUrl': { url: 'url' },
  'Action.ShowCard': { card: 'card' },
  'Action.ToggleVisibility': { targetElements: 'any' },
  'Action.Execute': { verb: 'string', data: 'any', associatedInputs: ['auto', 'none'] },
};

export const CARD: Readonly<Record<string, Kind>> = {
  type: 'string',
  version: 'string',
  $schema: 'string',
  body: 'elements',
  actions: 'actions',
  selectAction: 'action',
  fallbackText: 'string',
  backgroundImage: 'image',
  minHeight: 'string',
  rtl: 'boolean',
  speak: 'string',
  lang: 'string',
  verticalContentAlignment: V_ALIGN,
  msteams: 'any',
};

export const BACKGROUND_IMAGE: Readonly<Record<string, Kind>> = {
  url: 'url',
  fillMode: ['cover', 'repeatHorizontally', 'repeatVertically', 'repeat'],
  horizontalAlignment: H_ALIGN,
  verticalAlignment: V_ALIGN,
};

/** Versions Teams displays; Workflows refuses anything newer than 1.4. */
export const CARD_VERSIONS = ['1.0', '1.1', '1.2', '1.3', '1.4'];

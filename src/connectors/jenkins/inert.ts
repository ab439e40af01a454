import { visibleText } from '../../core/text.js';

/**
 * Text of a finished card as the plugin wrote it, Markdown and all, made unable to do more
 * than format: the card is passed to Teams as it is, so the renderers' escaping never sees
 * it. What goes: invisible controls and bidi overrides; tags (`<at>` mentions, the HTML a
 * MessageCard accepts), whose '<' becomes the lookalike '‹'; links to anything but http(s);
 * Adaptive Cards' `{{DATE(…)}}` functions. A zero-width space keeps each readable as typed.
 */
const ZWSP = '\u200B';
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
/** `](` opens an inline link and `]:` a reference definition; only http(s) ones stay live. */
const NON_HTTP_LINK = /\](?=[(:])(?![(:]\s*https?:\/\/)/gi;
const DATE_FUNCTION = /\{\{(?=\s*(?:DATE|TIME)\()/gi;

export function inert(text: string): string {
  return visibleText(text)
    .replace(TAG_OPENER, '\u2039')
    .replace(NON_HTTP_LINK, `]${ZWSP}`)
    .replace(DATE_FUNCTION, `{${ZWSP}{`);
}

/** The plugin escapes Markdown in job names (`my\_job`); plain text has no escapes. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

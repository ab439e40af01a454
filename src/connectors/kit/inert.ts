import { visibleText } from '../../core/text.js';

/**
 * Text of a card the relay passes on as it was made (a Jenkins plugin's finished card, a
 * custom connector's templated card), Markdown and all, made unable to do more than format:
 * the renderers' escaping never sees such a card, and its text holds whatever the sender put
 * there. What goes: invisible controls and bidi overrides; tags (`<at>` mentions, the HTML a
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

import { visibleText } from '../../core/text.js';

/**
 * Text of a templated card, made unable to do more than format. The card goes to Teams as the
 * template made it, so the renderers' escaping never sees it, and its text holds whatever the
 * sender put in the payload. What goes: invisible controls and bidi overrides; tags (`<at>`
 * mentions, HTML), whose '<' becomes the lookalike '‹'; Markdown links to anything but
 * http(s); Adaptive Cards' `{{DATE(…)}}` functions. A zero-width space keeps each readable.
 * (The same rules the Jenkins sender applies to the finished cards it passes on.)
 */
const ZWSP = '\u200B';
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;
const NON_HTTP_LINK = /\](?=[(:])(?![(:]\s*https?:\/\/)/gi;
const DATE_FUNCTION = /\{\{(?=\s*(?:DATE|TIME)\()/gi;

export function inert(text: string): string {
  return visibleText(text)
    .replace(TAG_OPENER, '\u2039')
    .replace(NON_HTTP_LINK, `]${ZWSP}`)
    .replace(DATE_FUNCTION, `{${ZWSP}{`);
}

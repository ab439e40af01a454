import { excerpt } from '../../core/text.js';
import { httpUrl } from '../kit/schema.js';
import type { AdoMessage } from './events.js';
import { LIMITS } from './limits.js';
import type { AdoEnvelope } from './schema.js';

/**
 * Azure DevOps writes every event up as `message` and `detailedMessage` in text, HTML and
 * Markdown. The text is what a card can show as written (renderers escape it); the Markdown
 * is where the subject's web link is, since the resource's own `url` is often the REST API.
 */

/** A line that is only a link, as the text forms append them: `(https://…)` or `https://…`. */
const URL_LINE = /^\(?https?:\/\/\S+\)?$/;
/** `[label](https://…)`; the label is bounded so the scan stays linear. */
const MD_LINK = /\[([^\]\n]{0,300})\]\((https?:\/\/[^\s)]{1,2048})\)/g;
/** A URL in the text form, where there is no Markdown. */
const BARE_URL = /https?:\/\/[^\s)]{1,2048}/;

/** The text as a card shows it: no link-only lines, no runs of spaces. */
function plainText(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const lines = text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trimEnd())
    .filter((line) => !URL_LINE.test(line.trim()));
  return excerpt(lines.join('\n'), LIMITS.body);
}

/** Markdown as text: links become their labels, code spans lose their backticks. */
function markdownText(markdown: string | undefined): string | undefined {
  if (markdown === undefined) return undefined;
  return plainText(markdown.replace(MD_LINK, '$1').replace(/`/g, ''));
}

function firstLink(markdown: string | undefined): string | undefined {
  if (markdown === undefined) return undefined;
  for (const match of markdown.matchAll(MD_LINK)) {
    const url = httpUrl.safeParse(match[2]);
    if (url.success) return url.data;
  }
  return undefined;
}

function bareLink(text: string | undefined): string | undefined {
  const found = text?.match(BARE_URL)?.[0];
  const url = httpUrl.safeParse(found);
  return url.success ? url.data : undefined;
}

export function readMessage(envelope: AdoEnvelope): AdoMessage {
  const { message, detailedMessage } = envelope;
  const summary = plainText(message?.text) ?? markdownText(message?.markdown);
  const detail = plainText(detailedMessage?.text) ?? markdownText(detailedMessage?.markdown);
  const url =
    firstLink(message?.markdown) ??
    firstLink(detailedMessage?.markdown) ??
    bareLink(message?.text) ??
    bareLink(detailedMessage?.text);
  return {
    ...(summary ? { summary } : {}),
    ...(detail ? { detail } : {}),
    ...(url ? { url } : {}),
  };
}

/** The detailed message's lines after the first, when the first only repeats the summary. */
export function detailBeyondSummary(message: AdoMessage): string | undefined {
  const { summary, detail } = message;
  if (detail === undefined) return undefined;
  if (summary === undefined) return detail;
  const [first = '', ...rest] = detail.split('\n');
  const head = summary.split('\n')[0] ?? '';
  if (first.trim() !== head.trim()) return detail === summary ? undefined : detail;
  return excerpt(rest.join('\n'), LIMITS.body);
}

import type { DatadogLink } from './events.js';

/** Links taken from a message onto the card; the message keeps the rest. */
const MAX_LINKS = 4;
const MAX_LINK_TITLE = 60;

// Every pattern has bounded, non-overlapping repeats and runs over a message of at most a few
// thousand characters (the schema cuts it), so none of them can backtrack for long.
/** `[![Metric Graph](image)](target)`: the graph snapshot Datadog puts in monitor messages. */
const LINKED_IMAGE = /\[!\[([^\]\n]{0,100})\]\([^)\s]{1,2048}\)\]\((https?:\/\/[^)\s]{1,2048})\)/g;
/** `![alt](image)`. */
const IMAGE = /!\[[^\]\n]{0,100}\]\([^)\s]{1,2048}\)/g;
/** `[[Monitor Status](url)]`: the buttons at the foot of a monitor message. */
const BUTTON = /\[\[([^\]\n]{1,100})\]\((https?:\/\/[^)\s]{1,2048})\)\]/g;
/** `[text](url)`. */
const LINK = /\[([^\]\n]{1,200})\]\((https?:\/\/[^)\s]{1,2048})\)/g;

/**
 * A Datadog message as plain text. Datadog wraps Markdown messages in `%%%` markers; the
 * emphasis, the `- - -` rule and the link syntax would show as typed on the card, so they go:
 * buttons and graphs become card links, inline links keep their text.
 */
export function plainMessage(message: string): { text?: string; links: DatadogLink[] } {
  const links: DatadogLink[] = [];
  const keep = (title: string, url: string) => {
    const name = title.trim().slice(0, MAX_LINK_TITLE) || 'Open';
    if (links.length < MAX_LINKS && !links.some((l) => l.url === url)) {
      links.push({ title: name, url });
    }
  };
  const text = message
    .replace(/%%%/g, '')
    .replace(LINKED_IMAGE, (_m, alt: string, url: string) => {
      keep(alt || 'Graph', url);
      return '';
    })
    .replace(IMAGE, '')
    .replace(BUTTON, (_m, title: string, url: string) => {
      keep(title, url);
      return '';
    })
    .replace(LINK, (_m, title: string) => title)
    .replace(/\*\*|__/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    // Rules, and what is left of a row of buttons once they are links: separators only.
    .filter((line) => !/^[\s·|*_-]+$/.test(line) || line.trim() === '')
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { ...(text ? { text } : {}), links };
}

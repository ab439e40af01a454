import type { PayloadFile } from './folders.js';
import { readText } from './json-path.js';

/**
 * What each sender's card must name, per SOURCES.md "Card facts": JSON paths into the payload,
 * tried in order. The first that holds text is the file's subject, and the delivered card's
 * text must contain it. Keyed by connector type id, for every corpus folder.
 */
export const SUBJECT_PATHS: ReadonlyMap<string, readonly string[]> = new Map([
  ['github', ['repository.full_name', 'organization.login']],
  ['trello', ['action.data.card.name', 'action.data.board.name']],
  [
    'azure-devops',
    [
      'resource.title',
      'resource.fields["System.Title"]',
      'resource.revision.fields["System.Title"]',
      'resource.definition.name',
      'resource.environment.release.name',
      'resource.repository.name',
    ],
  ],
  ['gitlab', ['project.path_with_namespace']],
  ['bitbucket', ['repository.full_name']],
  ['jenkins', ['summary', 'attachments[0].content.body[0].text']],
  ['sentry', ['data.event.title', 'data.issue.title', 'culprit', 'project_name']],
  ['pagerduty', ['event.data.title']],
  ['opsgenie', ['alert.message']],
  ['zendesk', ['detail.subject', 'detail.email', 'detail.id']],
  ['newrelic', ['title']],
  ['datadog', ['title']],
  ['grafana', ['commonLabels.alertname', 'alerts[0].labels.alertname', 'ruleName', 'title']],
  ['alertmanager', ['commonLabels.alertname', 'alerts[0].labels.alertname']],
  ['circleci', ['project.name', 'workflow.name', 'job.name']],
  ['heroku', ['data.app.name', 'data.name']],
  ['standard-webhooks', ['type']],
]);

export type Subject = { ok: true; path: string; text: string } | { ok: false; reason: string };

/** The subject of one payload: the first of the type's paths that holds text. */
export function subjectOf(type: string, file: PayloadFile): Subject {
  const paths = SUBJECT_PATHS.get(type);
  if (!paths) return { ok: false, reason: `no subject paths for type '${type}'` };
  if (file.json === undefined)
    return { ok: false, reason: `payload is not JSON (${file.jsonError})` };
  for (const path of paths) {
    const text = readText(file.json, path);
    if (text !== undefined) return { ok: true, path, text };
  }
  return { ok: false, reason: `none of the subject paths is in the payload: ${paths.join(', ')}` };
}

/** Card properties people read: TextBlock and TextRun text, fact titles and values, button titles. */
const READ_KEYS = new Set(['text', 'title', 'value']);

function collectText(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const entry of value) collectText(entry, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === 'string' && READ_KEYS.has(key)) out.push(child);
    else collectText(child, out);
  }
}

/**
 * Text as a reader compares it: the relay's text safety undone (zero-width spaces, the '‹'
 * lookalike for '<', backslashes before punctuation) and whitespace collapsed.
 */
function normalised(text: string): string {
  return text
    .replaceAll('\u200B', '')
    .replaceAll('\u2039', '<')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Link targets dropped: a name that is only in a URL is not named. Sender text never holds a
 * bare "](" (the relay breaks it with a zero-width space), so this removes only real targets.
 */
const withoutLinkTargets = (text: string) => text.replace(/\]\([^)\s]*\)/g, ']');

/** The text of an Adaptive Card as its reader sees it, parts separated by newlines. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  collectText(card, parts);
  return parts.map((p) => normalised(withoutLinkTargets(p))).join('\n');
}

export function namesSubject(card: unknown, subject: string): boolean {
  return cardText(card).includes(normalised(subject));
}

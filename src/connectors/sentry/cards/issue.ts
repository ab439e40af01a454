import type { Accent, CardModel } from '../../../core/card-model.js';
import type { SentryIssueEvent } from '../events.js';
import { SOURCE, capitalize, facts, levelAccent, projectTag, snakeToWords, utc } from './common.js';

/** What happened to the issue, as the title says it. Sentry renamed "ignored" to "archived". */
const HEADLINES: ReadonlyMap<string, string> = new Map([
  ['created', 'New issue'],
  ['resolved', 'Issue resolved'],
  ['assigned', 'Issue assigned'],
  ['archived', 'Issue archived'],
  ['ignored', 'Issue archived'],
  ['unresolved', 'Issue unresolved'],
]);

/** An unresolved issue that came back says how: regressed or escalating. */
const UNRESOLVED_HEADLINES: ReadonlyMap<string, string> = new Map([
  ['regressed', 'Issue regressed'],
  ['escalating', 'Issue escalating'],
]);

function headline(e: SentryIssueEvent): string {
  if (e.action === 'assigned' && e.issue.assignee) return `Issue assigned to ${e.issue.assignee}`;
  if (e.action === 'unresolved' && e.issue.substatus) {
    const again = UNRESOLVED_HEADLINES.get(e.issue.substatus);
    if (again) return again;
  }
  return HEADLINES.get(e.action) ?? `Issue ${snakeToWords(e.action)}`;
}

function accent(e: SentryIssueEvent): Accent {
  switch (e.action) {
    case 'created':
      return levelAccent(e.issue.level);
    case 'resolved':
      return 'good';
    case 'unresolved':
      // Back again: as loud as a new issue of its level, at least a warning.
      return levelAccent(e.issue.level) === 'attention' ? 'attention' : 'warning';
    default:
      return 'default';
  }
}

/** How an issue was resolved, after "Resolved": `now`, `in the next release`. */
const RESOLUTIONS: ReadonlyMap<string, string> = new Map([
  ['now', 'now'],
  ['in_next_release', 'in the next release'],
  ['in_upcoming_release', 'in the upcoming release'],
  ['in_release', 'in a release'],
  ['in_commit', 'in a commit'],
]);

function resolutionText(resolution: string): string {
  return RESOLUTIONS.get(resolution) ?? snakeToWords(resolution);
}

function status(e: SentryIssueEvent): string | undefined {
  const { status: s, substatus } = e.issue;
  if (s === undefined) return undefined;
  return substatus && substatus !== s
    ? `${snakeToWords(s)} (${snakeToWords(substatus)})`
    : snakeToWords(s);
}

export function issueCard(e: SentryIssueEvent): CardModel {
  const { issue } = e;
  const title = `${projectTag(issue.project)}${headline(e)}: ${issue.title}`;
  const by =
    e.actor && e.action !== 'created'
      ? `${capitalize(snakeToWords(e.action))} by ${e.actor}`
      : undefined;
  return {
    source: SOURCE,
    summary: by ? `${title} (${by})` : title,
    title,
    titleUrl: issue.url,
    subtitle: e.action === 'created' ? issue.culprit : (by ?? issue.culprit),
    accent: accent(e),
    facts: facts(
      ['Issue', issue.shortId],
      ['Level', issue.level ? capitalize(issue.level) : undefined],
      ['Status', status(e)],
      ['Culprit', e.action === 'created' ? undefined : issue.culprit],
      ['Events', issue.count],
      ['Users', issue.userCount],
      ['Assignee', issue.assignee],
      ['Resolved', e.resolution ? resolutionText(e.resolution) : undefined],
      ['First seen', utc(issue.firstSeen)],
      ['Platform', issue.platform],
    ),
    links: issue.url ? [{ title: 'View issue', url: issue.url }] : [],
  };
}

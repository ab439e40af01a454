import type { CardModel } from '../../../core/card-model.js';
import type { GitHubSecurityAdvisoryEvent, GitHubVulnerabilityAlertEvent } from '../events.js';
import { SOURCE, facts, repoTag, snakeToWords } from './common.js';
import { alertAccent, severityAccent } from './severity.js';

/** The legacy alert event's actions are bare verbs: create, dismiss, resolve, reopen. */
const VULNERABILITY_VERBS: ReadonlyMap<string, string> = new Map([
  ['create', 'created'],
  ['dismiss', 'dismissed'],
  ['resolve', 'resolved'],
  ['reopen', 'reopened'],
]);

/** The state an action leaves the alert in, for deliveries that carry none. */
const STATE_AFTER: ReadonlyMap<string, string> = new Map([
  ['create', 'open'],
  ['reopen', 'open'],
  ['dismiss', 'dismissed'],
  ['resolve', 'fixed'],
]);

export function vulnerabilityAlertCard(e: GitHubVulnerabilityAlertEvent): CardModel {
  const verb = VULNERABILITY_VERBS.get(e.action) ?? snakeToWords(e.action);
  const number = e.number === undefined ? '' : ` #${e.number}`;
  const title = `${repoTag(e.repo)} Vulnerability alert${number} ${verb}: ${e.package}`;
  const state = e.state ?? STATE_AFTER.get(e.action);
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    accent: alertAccent({ state, severity: e.severity }),
    facts: facts(
      ['Severity', e.severity],
      ['Affected versions', e.affectedRange],
      ['Fixed in', e.fixedIn],
      ['Advisory', [e.ghsa, e.cve].filter(Boolean).join(' / ')],
      ['State', state],
    ),
    links: [{ title: 'View alerts', url: e.url }],
  };
}

/** Advisories are GitHub-wide, not about one repository: the card says where they live. */
export const ADVISORY_DATABASE = 'GitHub Advisory Database';

export function securityAdvisoryCard(e: GitHubSecurityAdvisoryEvent): CardModel {
  const title = `[${ADVISORY_DATABASE}] Advisory ${e.ghsa} ${snakeToWords(e.action)}: ${e.summary}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    accent: e.action === 'withdrawn' ? 'default' : severityAccent(e.severity ?? 'none'),
    facts: facts(['Severity', e.severity], ['CVE', e.cve]),
    links: [{ title: 'View advisory', url: e.url }],
  };
}

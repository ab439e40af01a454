import type { CardModel } from '../../../core/card-model.js';
import type {
  GitHubCodeScanningAlertEvent,
  GitHubDependabotAlertEvent,
  GitHubSecretScanningAlertEvent,
} from '../events.js';
import { SOURCE, facts, fileLine, repoTag, snakeToWords } from './common.js';
import { alertAccent } from './severity.js';

/** Alert actions whose bare word reads badly after "Code scanning alert #10". */
const VERBS: ReadonlyMap<string, string> = new Map([
  ['closed_by_user', 'dismissed'],
  ['reopened_by_user', 'reopened'],
  ['appeared_in_branch', 'appeared in another branch'],
  ['auto_dismissed', 'dismissed automatically'],
  ['auto_reopened', 'reopened automatically'],
  ['updated_assignment', 'reassigned'],
  ['publicly_leaked', 'found in public'],
]);

function verb(action: string): string {
  return VERBS.get(action) ?? snakeToWords(action);
}

function byLine(sender: string | undefined) {
  return sender ? `By ${sender}` : undefined;
}

const BRANCH_PREFIX = 'refs/heads/';

export function codeScanningAlertCard(e: GitHubCodeScanningAlertEvent): CardModel {
  const title = `${repoTag(e.repo)} Code scanning alert #${e.number} ${verb(e.action)}: ${e.rule}`;
  const ref = e.ref?.startsWith(BRANCH_PREFIX) ? e.ref.slice(BRANCH_PREFIX.length) : e.ref;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: e.tool ? `Found by ${e.tool}` : byLine(e.sender),
    accent: alertAccent({ state: e.state, severity: e.severity, reason: e.dismissedReason }),
    facts: facts(
      ['Severity', e.severity],
      ['Location', fileLine(e.path, e.line)],
      ['Ref', ref],
      ['State', e.state === undefined ? undefined : snakeToWords(e.state)],
      ['Dismissed as', e.dismissedReason],
    ),
    links: [{ title: 'View alert', url: e.url }],
  };
}

export function dependabotAlertCard(e: GitHubDependabotAlertEvent): CardModel {
  const pkg = e.package ? `${e.package}${e.ecosystem ? ` (${e.ecosystem})` : ''}` : undefined;
  const about = pkg ?? e.summary ?? e.ghsa;
  const title = `${repoTag(e.repo)} Dependabot alert #${e.number} ${verb(e.action)}${about ? `: ${about}` : ''}`;
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: byLine(e.sender),
    accent: alertAccent({ state: e.state, severity: e.severity, reason: e.dismissedReason }),
    text: e.summary,
    facts: facts(
      ['Severity', e.severity],
      ['Advisory', [e.ghsa, e.cve].filter(Boolean).join(' / ')],
      ['Manifest', e.manifest],
      ['Vulnerable', e.vulnerableRange],
      ['Fixed in', e.fixedIn],
      ['State', e.state === undefined ? undefined : snakeToWords(e.state)],
      [
        'Dismissed as',
        e.dismissedReason === undefined ? undefined : snakeToWords(e.dismissedReason),
      ],
    ),
    links: [{ title: 'View alert', url: e.url }],
  };
}

export function secretScanningAlertCard(e: GitHubSecretScanningAlertEvent): CardModel {
  const title = `${repoTag(e.repo)} Secret scanning alert #${e.number} ${verb(e.action)}: ${e.secretType}`;
  // A secret seen in public is urgent whatever state the alert is in.
  const accent =
    e.action === 'publicly_leaked'
      ? 'attention'
      : alertAccent({ state: e.state, reason: e.resolution });
  return {
    source: SOURCE,
    summary: title,
    title,
    titleUrl: e.url,
    subtitle: byLine(e.sender),
    accent,
    facts: facts(
      ['State', e.state === undefined ? undefined : snakeToWords(e.state)],
      ['Resolution', e.resolution === undefined ? undefined : snakeToWords(e.resolution)],
      ['Validity', e.validity],
      ['Publicly leaked', e.publiclyLeaked ? 'yes' : undefined],
    ),
    links: [{ title: 'View alert', url: e.url }],
  };
}

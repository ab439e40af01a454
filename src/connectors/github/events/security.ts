import type { GitHubRepoRef } from './common.js';

/** Security alerts on a repository and advisories in GitHub's database. */

interface GitHubAlertFields {
  source: 'github';
  repo: GitHubRepoRef;
  action: string;
  number: number;
  /** open, dismissed, fixed, resolved, auto_dismissed, … */
  state?: string;
  url: string;
  sender?: string;
}

export interface GitHubCodeScanningAlertEvent extends GitHubAlertFields {
  type: 'code_scanning_alert';
  /** The rule's description, else its name or id. */
  rule: string;
  /** critical / high / medium / low, else the rule's error / warning / note. */
  severity?: string;
  tool?: string;
  path?: string;
  line?: number;
  /** The branch or pull-request ref the alert was seen on. */
  ref?: string;
  dismissedReason?: string;
}

export interface GitHubDependabotAlertEvent extends GitHubAlertFields {
  type: 'dependabot_alert';
  package?: string;
  ecosystem?: string;
  severity?: string;
  summary?: string;
  ghsa?: string;
  cve?: string;
  manifest?: string;
  vulnerableRange?: string;
  fixedIn?: string;
  dismissedReason?: string;
}

export interface GitHubSecretScanningAlertEvent extends GitHubAlertFields {
  type: 'secret_scanning_alert';
  /** "GitHub Personal Access Token", else the type's id. */
  secretType: string;
  /** Why a resolved alert was closed: revoked, false_positive, wont_fix, … */
  resolution?: string;
  /** Whether the secret still works: active, inactive or unknown. */
  validity?: string;
  publiclyLeaked: boolean;
}

/** The legacy Dependabot alert event (create / dismiss / resolve / reopen). */
export interface GitHubVulnerabilityAlertEvent {
  source: 'github';
  type: 'repository_vulnerability_alert';
  repo: GitHubRepoRef;
  action: string;
  number?: number;
  package: string;
  severity?: string;
  affectedRange?: string;
  fixedIn?: string;
  state?: string;
  ghsa?: string;
  cve?: string;
  url: string;
}

/** An advisory published, updated or withdrawn in the GitHub Advisory Database. */
export interface GitHubSecurityAdvisoryEvent {
  source: 'github';
  type: 'security_advisory';
  action: string;
  ghsa: string;
  summary: string;
  severity?: string;
  cve?: string;
  url: string;
}

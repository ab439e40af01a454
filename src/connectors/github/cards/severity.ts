import type { Accent } from '../../../core/card-model.js';

/**
 * Colours for security alerts and advisories. An open alert is as urgent as its severity;
 * one that is fixed, resolved or dismissed is good news unless it was dismissed as a risk
 * someone chose to live with.
 */

const SEVERITY_ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['critical', 'attention'],
  ['high', 'attention'],
  // Code scanning rules without a security grade say error / warning / note.
  ['error', 'attention'],
  ['medium', 'warning'],
  ['moderate', 'warning'],
  ['warning', 'warning'],
  ['low', 'default'],
  ['note', 'default'],
  ['none', 'default'],
]);

const CLOSED_STATES = new Set(['fixed', 'resolved', 'dismissed', 'auto_dismissed', 'closed']);

/** Dismissals and resolutions that leave the problem in place. */
const RISK_ACCEPTED = new Set(["won't fix", 'wont_fix', 'tolerable_risk', 'no_bandwidth']);

export function severityAccent(severity: string | undefined): Accent {
  // Open and ungraded (a leaked secret has no grade): treated as serious.
  if (severity === undefined) return 'attention';
  return SEVERITY_ACCENTS.get(severity) ?? 'attention';
}

export function alertAccent(a: {
  state?: string;
  severity?: string;
  /** The dismissal reason or resolution, as GitHub writes it. */
  reason?: string;
}): Accent {
  if (a.state !== undefined && CLOSED_STATES.has(a.state)) {
    const reason = a.reason?.replace(/\u2019/g, "'");
    return reason !== undefined && RISK_ACCEPTED.has(reason) ? 'default' : 'good';
  }
  return severityAccent(a.severity);
}

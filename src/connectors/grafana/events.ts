import type { AlertGroup, Labels } from '../kit/alert-group.js';

/** Unified alerting sends a group's `status`; legacy (≤ v7) alerting its rule's `state`. */
export const GRAFANA_UNIFIED_EVENTS = ['firing', 'resolved'] as const;
export const GRAFANA_LEGACY_EVENTS = ['alerting', 'ok', 'no_data', 'pending', 'paused'] as const;
export const GRAFANA_EVENTS: readonly string[] = [
  ...GRAFANA_UNIFIED_EVENTS,
  ...GRAFANA_LEGACY_EVENTS,
];

/** A unified alerting notification: an Alertmanager group plus Grafana's own fields. */
export interface GrafanaGroupEvent {
  kind: 'group';
  group: AlertGroup;
  /** Grafana's rendered notification message: shown only when no annotation says more. */
  message?: string;
}

export interface EvalMatch {
  metric?: string;
  value?: string;
}

/** A legacy alerting notification: one rule and the series that matched its condition. */
export interface GrafanaLegacyEvent {
  kind: 'legacy';
  state: string;
  ruleName?: string;
  title?: string;
  message?: string;
  ruleUrl?: string;
  imageUrl?: string;
  matches: EvalMatch[];
  /** All matches sent, which can exceed `matches.length`. */
  matchCount: number;
  tags: Labels;
}

export type GrafanaEvent = GrafanaGroupEvent | GrafanaLegacyEvent;

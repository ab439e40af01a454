import type { TemplateFields } from './fields.js';

/** The connector's own view of a New Relic workflow notification, cut to size. */

export interface NewRelicNames {
  names: string[];
  total: number;
}

export interface NewRelicEvent {
  /** `ACTIVATED`; undefined when the template sends no state. */
  state?: string;
  title?: string;
  url?: string;
  /** `CRITICAL`, `HIGH`, … as sent. */
  priority?: string;
  /** `STATE_CHANGE`, `INCIDENT_ADDED`, … */
  trigger?: string;
  entities?: NewRelicNames;
  totalIncidents?: number;
  correlated?: boolean;
  policies?: NewRelicNames;
  conditions?: NewRelicNames;
  sources?: NewRelicNames;
  workflow?: string;
  /** ISO 8601. */
  createdAt?: string;
  updatedAt?: string;
  /** Fields a custom template added, already in words. */
  extra: TemplateFields;
}

import type { Accent, CardModel } from '../../../core/card-model.js';
import type { SentryMetricAlert } from '../events.js';
import { SOURCE, capitalize, facts, plural, snakeToWords, utc } from './common.js';

/** Firing or resolved at a glance: the title's first word and the colour. */
const STATES: ReadonlyMap<string, { word: string; accent: Accent }> = new Map([
  ['critical', { word: 'Critical', accent: 'attention' }],
  ['warning', { word: 'Warning', accent: 'warning' }],
  ['resolved', { word: 'Resolved', accent: 'good' }],
]);

function windowText(minutes: number | undefined): string | undefined {
  if (minutes === undefined) return undefined;
  if (minutes >= 60 && minutes % 60 === 0) return plural(minutes / 60, 'hour');
  return plural(minutes, 'minute');
}

export function metricAlertCard(m: SentryMetricAlert): CardModel {
  const state = STATES.get(m.action) ?? {
    word: capitalize(snakeToWords(m.action)),
    accent: 'default' as const,
  };
  // Sentry's own title already starts with the state ("Resolved: Too many errors").
  const name =
    m.rule ?? m.title?.replace(/^(critical|warning|resolved):\s*/i, '') ?? 'Metric alert';
  const title = `${state.word}: ${name}`;
  const projects = m.projects.join(', ');
  const metric = m.aggregate && m.query ? `${m.aggregate} where ${m.query}` : m.aggregate;
  return {
    source: SOURCE,
    summary: projects ? `${title} (${projects})` : title,
    title,
    titleUrl: m.url,
    subtitle: projects ? `Metric alert on ${projects}` : 'Metric alert',
    accent: state.accent,
    text: m.description,
    facts: facts(
      ['Status', state.word],
      ['Metric', metric],
      ['Threshold', m.threshold],
      ['Window', windowText(m.window)],
      ['Environment', m.environment],
      [m.projects.length === 1 ? 'Project' : 'Projects', projects],
      ['Started', utc(m.started)],
      ['Closed', utc(m.closed)],
    ),
    links: m.url ? [{ title: 'View alert', url: m.url }] : [],
  };
}

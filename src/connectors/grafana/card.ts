import type { Accent, CardModel } from '../../core/card-model.js';
import { alertGroupCard } from '../kit/alert-group.js';
import { capitalize, facts, snakeToWords } from '../kit/wording.js';
import type { GrafanaEvent, GrafanaGroupEvent, GrafanaLegacyEvent } from './events.js';

export const SOURCE = 'Grafana';

export function grafanaCard(e: GrafanaEvent): CardModel {
  return e.kind === 'group' ? groupCard(e) : legacyCard(e);
}

function groupCard({ group, message }: GrafanaGroupEvent): CardModel {
  const only = group.alerts.items.length === 1 ? group.alerts.items[0] : undefined;
  // The folder is already in the Group fact when the policy groups by it.
  const folder = group.groupLabels.has('grafana_folder')
    ? undefined
    : (group.commonLabels.get('grafana_folder') ?? only?.labels.get('grafana_folder'));
  return alertGroupCard(group, {
    source: SOURCE,
    ...(group.externalURL ? { home: { title: 'Open Grafana', url: group.externalURL } } : {}),
    generatorTitle: 'Open rule',
    facts: facts(['Folder', folder]),
    ...(message ? { fallbackText: message } : {}),
  });
}

/** Legacy states by colour: `alerting` is red, `ok` green, the rest need a look. */
const LEGACY_ACCENTS: ReadonlyMap<string, Accent> = new Map([
  ['alerting', 'attention'],
  ['ok', 'good'],
  ['no_data', 'warning'],
  ['pending', 'warning'],
  ['paused', 'default'],
]);

/** `ok` → `OK`, `no_data` → `No data`, as Grafana's legacy titles word them. */
function stateWord(state: string): string {
  return state === 'ok' ? 'OK' : capitalize(snakeToWords(state));
}

function legacyCard(e: GrafanaLegacyEvent): CardModel {
  const state = stateWord(e.state);
  const title = `[${state}] ${e.ruleName ?? e.title ?? 'Grafana alert'}`;
  const tags = [...e.tags].map(([name, value]) => (value ? `${name}=${value}` : name));
  return {
    source: SOURCE,
    summary: title,
    title,
    ...(e.ruleUrl ? { titleUrl: e.ruleUrl } : {}),
    subtitle: 'Legacy alerting',
    accent: LEGACY_ACCENTS.get(e.state) ?? 'default',
    ...(e.message ? { text: e.message } : {}),
    facts: facts(['State', state], ['Tags', tags.join(', ')]),
    ...(e.matchCount > 0
      ? {
          list: {
            label: 'matches',
            items: e.matches.map((m) => ({
              text: m.metric ?? 'series',
              ...(m.value !== undefined ? { detail: m.value } : {}),
            })),
            total: e.matchCount,
          },
        }
      : {}),
    links: [
      ...(e.ruleUrl ? [{ title: 'Open rule', url: e.ruleUrl }] : []),
      ...(e.imageUrl ? [{ title: 'Image', url: e.imageUrl }] : []),
    ],
  };
}

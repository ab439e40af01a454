import type { CardLink, CardModel } from '../../core/card-model.js';
import { alertGroupCard, type AlertGroup } from '../kit/alert-group.js';
import type { AlertmanagerEvent } from './events.js';

export const SOURCE = 'Alertmanager';

/** Label matchers in a silence link; a group's common labels rarely need more. */
const MAX_MATCHERS = 10;

const base = (url: string) => url.replace(/\/+$/, '');

/** The alerts page of the Alertmanager UI, narrowed to the receiver that was notified. */
function alertsView(group: AlertGroup): CardLink | undefined {
  if (!group.externalURL) return undefined;
  const query = group.receiver ? `?receiver=${encodeURIComponent(group.receiver)}` : '';
  return { title: 'Open Alertmanager', url: `${base(group.externalURL)}/#/alerts${query}` };
}

/** A new silence in the Alertmanager UI, pre-filled with the labels the group's alerts share. */
function silenceLink(group: AlertGroup): string | undefined {
  if (!group.externalURL || group.commonLabels.size === 0) return undefined;
  const matchers = [...group.commonLabels]
    .slice(0, MAX_MATCHERS)
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
    .join(', ');
  return `${base(group.externalURL)}/#/silences/new?filter=${encodeURIComponent(`{${matchers}}`)}`;
}

export function alertmanagerCard({ group }: AlertmanagerEvent): CardModel {
  const home = alertsView(group);
  const silenceUrl = silenceLink(group);
  return alertGroupCard(group, {
    source: SOURCE,
    ...(home ? { home } : {}),
    ...(silenceUrl ? { silenceUrl } : {}),
    generatorTitle: 'Open graph',
  });
}

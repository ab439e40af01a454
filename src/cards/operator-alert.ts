/**
 * The card an operator's alert channel gets when something needs a person: which channel,
 * which team, what happened and what to do. Pure: the notifier decides when to send one.
 */
import type { CardModel } from '../core/card-model.js';

export type OperatorAlertKind = 'attention_required' | 'dead_letters' | 'recovered';

export interface OperatorAlert {
  kind: OperatorAlertKind;
  channel: { id: string; name: string };
  team: { id: string; name: string };
  /** Why, in the words of the classifier or the URL check. */
  reason?: string;
  /** How many events were dead-lettered, for `dead_letters`. */
  count?: number;
}

const TITLES: Readonly<Record<OperatorAlertKind, (a: OperatorAlert) => string>> = {
  attention_required: (a) => `Channel "${a.channel.name}" needs attention`,
  dead_letters: (a) =>
    `Channel "${a.channel.name}": ${a.count === 1 ? 'an event was' : `${a.count ?? 'events'} events were`} dead-lettered`,
  recovered: (a) => `Channel "${a.channel.name}" is delivering again`,
};

const WHAT_TO_DO: Readonly<Record<OperatorAlertKind, (a: OperatorAlert) => string>> = {
  attention_required: (a) =>
    `Its events are held. A team owner creates a new Workflows webhook for the channel and ` +
    `sets it with POST /api/v1/channels/${a.channel.id}/rotate; the held events then go out in order.`,
  dead_letters: (a) =>
    `See why with GET /api/v1/channels/${a.channel.id}/deliveries?state=dead, and send them ` +
    `again with POST /api/v1/deliveries/{id}/replay once the cause is fixed.`,
  recovered: () => 'Nothing: held events are being delivered.',
};

const ACCENTS = {
  attention_required: 'attention',
  dead_letters: 'warning',
  recovered: 'good',
} as const;

export function operatorAlertCard(alert: OperatorAlert): CardModel {
  const title = TITLES[alert.kind](alert);
  return {
    source: 'connector-relay',
    summary: title,
    title,
    subtitle: `Team ${alert.team.name}`,
    accent: ACCENTS[alert.kind],
    ...(alert.reason ? { text: alert.reason } : {}),
    facts: [
      { title: 'Channel', value: `${alert.channel.name} (${alert.channel.id})` },
      { title: 'Team', value: `${alert.team.name} (${alert.team.id})` },
      { title: 'What to do', value: WHAT_TO_DO[alert.kind](alert) },
    ],
    links: [],
  };
}

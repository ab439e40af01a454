/**
 * Operator alerts: a card to the organisation's alert channel (`alertChannelId`) when a
 * channel turns Attention Required, when events are dead-lettered, and when a channel
 * recovers. Alerts are ordinary deliveries of that channel, so they are paced like any other;
 * nothing about the alert channel itself is ever sent to it, so alerts cannot loop.
 */
import { operatorAlertCard, type OperatorAlert } from '../cards/operator-alert.js';
import type { Clock } from '../core/clock.js';
import type { Channel } from '../core/entities.js';
import { newDeliveryId } from '../core/ids.js';
import type { Logger } from '../core/logger.js';
import { MESSAGE_VERSION } from '../core/message.js';
import type { Store } from '../store/index.js';
import type { Enqueuer } from './enqueuer.js';

export const ALERT_CONNECTOR = 'relay-alerts';

/** Dead letters of one channel are announced at most once in this window. */
const DEAD_LETTER_WINDOW_MS = 3600_000;

export interface OperatorAlerts {
  attentionRequired(channel: Channel, reason: string): Promise<void>;
  deadLettered(channel: Pick<Channel, 'id' | 'name' | 'teamId'>, reason: string): Promise<void>;
  recovered(channel: Channel): Promise<void>;
}

export function createOperatorAlerts(deps: {
  store: Store;
  enqueuer: Enqueuer;
  clock: Clock;
  logger: Logger;
}): OperatorAlerts {
  const { store, enqueuer, clock, logger } = deps;

  async function send(
    subject: Pick<Channel, 'id' | 'name' | 'teamId'>,
    alert: Omit<OperatorAlert, 'channel' | 'team'>,
    dedupKey: string,
  ): Promise<void> {
    try {
      const org = await store.org.get();
      const target = org.alertChannelId;
      // No alert channel, or the alert channel is the subject: nothing to tell, no loop.
      if (!target || target === subject.id) return;
      const [alertChannel, team] = await Promise.all([
        store.channels.get(target),
        store.teams.get(subject.teamId),
      ]);
      if (!alertChannel) return;
      const card = operatorAlertCard({
        ...alert,
        channel: { id: subject.id, name: subject.name },
        team: { id: subject.teamId, name: team?.name ?? subject.teamId },
      });
      const now = clock.now();
      const eventName = `alert.${alert.kind}`;
      await enqueuer.enqueue(
        {
          id: newDeliveryId(),
          channelId: alertChannel.id,
          connectorId: ALERT_CONNECTOR,
          connectorType: ALERT_CONNECTOR,
          eventName,
          senderDeliveryId: dedupKey,
          receivedAt: new Date(now).toISOString(),
          message: {
            v: MESSAGE_VERSION,
            card,
            digest: { source: card.source, event: eventName, title: card.title },
          },
        },
        dedupKey,
        now,
      );
      logger.info('operator alert queued', { kind: alert.kind, channelId: subject.id });
    } catch (err) {
      // An alert must never stop the delivery that caused it.
      logger.warn('operator alert not sent', { channelId: subject.id, error: String(err) });
    }
  }

  return {
    attentionRequired: (channel, reason) =>
      send(
        channel,
        { kind: 'attention_required', reason },
        `attention:${channel.id}:${channel.urlVersion}`,
      ),
    deadLettered: (channel, reason) =>
      send(
        channel,
        { kind: 'dead_letters', reason, count: 1 },
        `dead:${channel.id}:${Math.floor(clock.now() / DEAD_LETTER_WINDOW_MS)}`,
      ),
    recovered: (channel) =>
      send(channel, { kind: 'recovered' }, `recovered:${channel.id}:${channel.urlVersion}`),
  };
}

import type { NormalizedEvent } from '../core/events/index.js';
import type { Channel, Org } from '../store/types.js';
import { stripCallbackActions } from './actions.js';
import { toCardModel } from './index.js';
import { renderCard, type RenderedCard } from './render.js';

const CALLBACK_ACTION_TYPE = /"(Action\.(Submit|Http|Execute)|HttpPOST|ActionCard)"/i;

/**
 * The bytes to post for one event to one channel, decided at send time: the channel's
 * current URL kind picks the format (so a rotation re-renders what is queued), and the
 * org's actionable-messages switch is applied to every card (rule 2).
 */
export function renderForChannel(
  event: NormalizedEvent,
  channel: Pick<Channel, 'kind' | 'o365Format'>,
  org: Pick<Org, 'actionableMessagesEnabled'>,
  maxBytes: number,
): RenderedCard {
  const rendered = renderCard(toCardModel(event), channel, { maxBytes });
  // The walk costs a parse and a re-serialisation: skip it when no such action type occurs.
  if (!CALLBACK_ACTION_TYPE.test(rendered.body)) return rendered;
  const stripped = JSON.stringify(
    stripCallbackActions(JSON.parse(rendered.body), {
      actionableMessagesEnabled: org.actionableMessagesEnabled,
    }),
  );
  if (stripped === rendered.body) return rendered;
  return { ...rendered, body: stripped, bytes: Buffer.byteLength(stripped) };
}

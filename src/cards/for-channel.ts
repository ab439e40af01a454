import type { CardModel } from '../core/card-model.js';
import type { Channel, Org } from '../core/entities.js';
import type { QueuedMessage, RawCard } from '../core/message.js';
import { stripCallbackActions } from './actions.js';
import { toAdaptiveEnvelope, type AdaptiveCard } from './adaptive.js';
import { cardFormatFor, renderCard, type CardFormat, type RenderedCard } from './render.js';

/** Adaptive Card versions every Teams client displays. */
const TEAMS_VERSIONS = new Set(['1.0', '1.1', '1.2', '1.3', '1.4']);

const CALLBACK_ACTION_TYPE = /"(Action\.(Submit|Http|Execute)|HttpPOST|ActionCard)"/i;

/** A test event says so where every reader looks first: the source line and the preview. */
export function markAsTest(card: CardModel): CardModel {
  return { ...card, source: `${card.source} · test event`, summary: `Test: ${card.summary}` };
}

/** The sender's finished card, when the destination takes its format and it fits the budget. */
function rawBody(raw: RawCard | undefined, format: CardFormat, maxBytes: number) {
  if (raw === undefined || raw.format !== format) return undefined;
  // Workflows cannot display a card newer than 1.4: the card model is sent instead.
  if (raw.format === 'adaptive' && !TEAMS_VERSIONS.has(String(raw.content.version)))
    return undefined;
  const body =
    raw.format === 'adaptive'
      ? JSON.stringify(toAdaptiveEnvelope(raw.content as unknown as AdaptiveCard))
      : JSON.stringify(raw.content);
  const bytes = Buffer.byteLength(body);
  return bytes <= maxBytes ? { body, bytes, format, truncated: false } : undefined;
}

/**
 * The bytes to post for one message to one channel, decided at send time: the channel's
 * current URL kind picks the format (so a rotation re-renders what is queued), and the
 * org's actionable-messages switch is applied to every card (rule 2).
 */
export function renderForChannel(
  message: Pick<QueuedMessage, 'card' | 'raw' | 'test'>,
  channel: Pick<Channel, 'kind' | 'o365Format'>,
  org: Pick<Org, 'actionableMessagesEnabled'>,
  maxBytes: number,
): RenderedCard {
  const model = message.test ? markAsTest(message.card) : message.card;
  // A sender's finished card cannot carry the test mark: a test always shows the model.
  const raw = message.test ? undefined : rawBody(message.raw, cardFormatFor(channel), maxBytes);
  const rendered = raw ?? renderCard(model, channel, { maxBytes });
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

import type { CardModel } from '../../core/card-model.js';
import type { MessageContent, RawCard } from '../../core/message.js';
import type { IngestRequest, Interpretation, Outcome, Sender } from '../types.js';

/**
 * A sender as its folder writes it: `normalize` turns a payload into the sender's own event
 * type and `card` turns that into the card model. The event type stays private to the folder;
 * what leaves it is the message content (the card and its digest line).
 */
export interface SenderParts<E> extends Omit<Sender, 'interpret'> {
  normalize: (payload: unknown, req: IngestRequest) => Outcome<E>;
  card: (event: E) => CardModel;
  /**
   * For senders that post finished cards (Jenkins): the card as the sender made it, sent as it
   * is where the destination takes its format; the card model goes everywhere else.
   */
  raw?: (event: E) => RawCard | undefined;
}

export function defineSender<E>(parts: SenderParts<E>): Sender {
  const { normalize, card, raw, ...rest } = parts;
  return Object.freeze({
    ...rest,
    interpret(payload: unknown, req: IngestRequest): Interpretation {
      const outcome = normalize(payload, req);
      if (outcome.kind !== 'event') return outcome;
      const content = messageContent(card(outcome.event), rest.name, outcome.eventName);
      const finished = raw?.(outcome.event);
      return { ...outcome, event: finished ? { ...content, raw: finished } : content };
    },
  });
}

/** The card plus the one line a digest shows for it, grouped by sender and event name. */
export function messageContent(
  card: CardModel,
  senderName: string,
  eventName: string,
): MessageContent {
  return {
    card,
    digest: {
      source: senderName,
      event: eventName,
      title: card.title.trim().length > 0 ? card.title : card.summary,
      ...(card.titleUrl ? { url: card.titleUrl } : {}),
    },
  };
}

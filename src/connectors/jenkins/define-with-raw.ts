import type { RawCard } from '../../core/message.js';
import { defineSender, messageContent, type SenderParts } from '../kit/define.js';
import type { IngestRequest, Interpretation, Sender } from '../types.js';

/**
 * `defineSender` for a sender that posts finished cards: besides the card model, the message
 * carries the sender's own card (`raw`), which is sent as it is where the destination takes
 * its format. The kit's `defineSender` has no place for it; this adds one, and nothing else.
 */
export interface FinishedCardParts<E> extends SenderParts<E> {
  raw: (event: E) => RawCard | undefined;
}

export function defineSenderWithRaw<E>(parts: FinishedCardParts<E>): Sender {
  const { raw, ...rest } = parts;
  const sender = defineSender(rest);
  return Object.freeze({
    ...sender,
    interpret(payload: unknown, req: IngestRequest): Interpretation {
      const outcome = rest.normalize(payload, req);
      if (outcome.kind !== 'event') return outcome;
      const content = messageContent(rest.card(outcome.event), rest.name, outcome.eventName);
      const finished = raw(outcome.event);
      return { ...outcome, event: finished ? { ...content, raw: finished } : content };
    },
  });
}

/**
 * The one entry point from a CardModel to the bytes POSTed to a channel: picks the card format
 * for the destination and enforces the size budget. Pure.
 */
import type { CardModel } from '../core/card-model.js';
import type { DestinationKind, O365Format } from '../core/destination.js';
import { toAdaptiveCard, toAdaptiveEnvelope } from './adaptive.js';
import { DEFAULT_MAX_BYTES, fitToBudget, type Serialize } from './budget.js';
import { toMessageCard } from './message-card.js';

export type CardFormat = 'adaptive' | 'messagecard';

export interface RenderTarget {
  kind: DestinationKind;
  o365Format: O365Format;
}

export interface RenderedCard {
  body: string;
  bytes: number;
  format: CardFormat;
  truncated: boolean;
}

/**
 * Workflows accept MessageCards only as text (no buttons), so everything but a legacy O365
 * URL gets Adaptive; O365 gets MessageCard unless the channel asked for Adaptive.
 */
export function cardFormatFor(target: RenderTarget): CardFormat {
  switch (target.kind) {
    case 'o365':
      return target.o365Format === 'adaptive' ? 'adaptive' : 'messagecard';
    case 'workflows':
    case 'other':
      return 'adaptive';
  }
}

function serializerFor(format: CardFormat): Serialize {
  switch (format) {
    case 'adaptive':
      return (model, notice) =>
        JSON.stringify(toAdaptiveEnvelope(toAdaptiveCard(model, notice ? { notice } : {})));
    case 'messagecard':
      return (model, notice) => JSON.stringify(toMessageCard(model, notice ? { notice } : {}));
  }
}

export function renderCard(
  model: CardModel,
  target: RenderTarget,
  opts: { maxBytes?: number } = {},
): RenderedCard {
  const format = cardFormatFor(target);
  const fitted = fitToBudget(model, serializerFor(format), opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return { ...fitted, format };
}

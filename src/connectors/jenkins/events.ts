import type { Accent, CardFact, CardLink } from '../../core/card-model.js';
import type { RawCard } from '../../core/message.js';

/**
 * A card the Office 365 Connector plugin posted, as the relay understood it: what the card
 * model shows, and the finished card itself (cleaned) when it can be passed on unchanged.
 */
export interface JenkinsEvent {
  source: 'jenkins';
  format: RawCard['format'];
  /** The card's summary: job, build and result (`my-job: Build #167 Success`). */
  title: string;
  /** `Latest status of build #167`. */
  subtitle?: string;
  /** A pipeline step's message, or any text the card has. */
  text?: string;
  /** The `Status` fact as written. */
  status?: string;
  /** From the card's colour; the status, when the plugin names one, decides first. */
  color?: Accent;
  facts: CardFact[];
  links: CardLink[];
  raw?: RawCard;
}

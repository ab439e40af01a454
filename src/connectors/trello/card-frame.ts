import type { Accent, CardFact, CardLink, CardModel } from '../../core/card-model.js';
import { facts, snakeToWords, utcMinute } from '../kit/wording.js';
import type { TrelloCardRef, TrelloEvent, TrelloLabel } from './events.js';

/** The part of a card that differs per event; framing (subtitle, board, links) is shared. */
export interface Body {
  title: string;
  titleUrl?: string;
  accent: Accent;
  facts: CardFact[];
  text?: string;
  /** Shown before the card and board links. */
  links?: CardLink[];
  /** The title already names the board, so no Board fact repeats it. */
  namesBoard?: boolean;
}

/** Adds what every Trello card shows: who, where and when, the board, links back to Trello. */
export function frame(event: TrelloEvent, body: Body): CardModel {
  const card: TrelloCardRef | undefined = 'card' in event ? event.card : undefined;
  const where = event.board ? `on board ${event.board.name}` : undefined;
  const byWhere = [event.who && `by ${event.who}`, where].filter(Boolean).join(' ');
  const when = utcMinute(event.at);
  const subtitle = [byWhere, when].filter(Boolean).join(' · ') || undefined;
  const links: CardLink[] = [...(body.links ?? [])];
  if (card?.url) links.push({ title: 'Open card', url: card.url });
  if (event.board?.url) links.push({ title: 'Open board', url: event.board.url });
  return {
    source: 'Trello',
    summary: event.who ? `${event.who}: ${body.title}` : body.title,
    title: body.title,
    ...(body.titleUrl ? { titleUrl: body.titleUrl } : {}),
    ...(subtitle ? { subtitle } : {}),
    accent: body.accent,
    ...(body.text ? { text: body.text } : {}),
    facts: [...body.facts, ...(body.namesBoard ? [] : facts(['Board', event.board?.name]))],
    links,
  };
}

/** " on board Roadmap", or nothing when the payload named no board. */
export function onBoard(event: TrelloEvent, preposition = 'on'): string {
  return event.board ? ` ${preposition} board ${event.board.name}` : '';
}

/** Trello's colour names as words: `green` → `green`, `red_dark` → `dark red`. */
export function colourWords(label: TrelloLabel): string | undefined {
  return label.color === undefined ? undefined : colourName(label.color);
}

export function colourName(color: string): string {
  const shade = /^([a-z]+)_(dark|light)$/.exec(color);
  return shade ? `${shade[2]} ${shade[1]}` : snakeToWords(color);
}

/** "Label Urgent", "Label green" for one with only a colour, else "A label". */
export function labelPhrase(label: TrelloLabel): string {
  const shown = label.name ?? colourWords(label);
  return shown ? `Label ${shown}` : 'A label';
}

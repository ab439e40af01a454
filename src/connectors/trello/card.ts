import type { Accent, CardFact, CardLink, CardModel } from '../../core/card-model.js';
import type { TrelloCardChange, TrelloCardRef, TrelloEvent } from './events.js';

/** The part of a card that differs per event; framing (subtitle, board, links) is shared. */
interface Body {
  title: string;
  titleUrl?: string;
  accent: Accent;
  facts: CardFact[];
  text?: string;
}

export function trelloCard(event: TrelloEvent): CardModel {
  switch (event.type) {
    case 'card_created':
      return frame(event, {
        title: event.list
          ? `${event.card.name} added to ${event.list}`
          : `${event.card.name} created`,
        titleUrl: event.card.url,
        accent: 'good',
        facts: compact([['List', event.list]]),
      });
    case 'card_moved':
      return frame(event, {
        title: `${event.card.name} moved to ${event.toList ?? 'another list'}`,
        titleUrl: event.card.url,
        accent: 'accent',
        facts: moveFacts(event.fromList, event.toList),
      });
    case 'card_updated': {
      const change = describeChange(event.card, event.change);
      return frame(event, {
        ...change,
        titleUrl: event.card.url,
        facts: [...change.facts, ...compact([['List', event.list]])],
      });
    }
    case 'comment_added':
      return frame(event, {
        title: `New comment on ${event.card.name}`,
        titleUrl: event.card.url,
        accent: 'default',
        text: event.text,
        facts: compact([['List', event.list]]),
      });
    case 'member_added':
      return frame(event, {
        title: event.joined
          ? `${event.member ?? 'A member'} joined ${event.card.name}`
          : `${event.member ?? 'A member'} added to ${event.card.name}`,
        titleUrl: event.card.url,
        accent: 'default',
        facts: compact([['Member', event.member]]),
      });
    case 'other':
      return frame(event, {
        title: event.card?.name ?? event.board?.name ?? 'Trello activity',
        titleUrl: event.card?.url ?? event.board?.url,
        accent: 'default',
        facts: compact([
          ['Action', humanise(event.actionType)],
          ['Changed', event.changed?.join(', ')],
        ]),
      });
    default: {
      const unreachable: never = event;
      throw new Error(`unhandled Trello event ${(unreachable as { type: string }).type}`);
    }
  }
}

/** Adds what every Trello card shows: who, where and when, the board, links back to Trello. */
function frame(event: TrelloEvent, body: Body): CardModel {
  const card: TrelloCardRef | undefined = 'card' in event ? event.card : undefined;
  const where = event.board ? `on board ${event.board.name}` : undefined;
  const byWhere = [event.who && `by ${event.who}`, where].filter(Boolean).join(' ');
  const when = event.at === undefined ? undefined : utcMinute(event.at);
  const subtitle = [byWhere, when].filter(Boolean).join(' · ') || undefined;
  const links: CardLink[] = [];
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
    facts: [...body.facts, ...compact([['Board', event.board?.name]])],
    links,
  };
}

function describeChange(card: TrelloCardRef, change: TrelloCardChange): Omit<Body, 'titleUrl'> {
  switch (change.field) {
    case 'name':
      return {
        title: change.from
          ? `${change.from} renamed to ${change.to}`
          : `Card renamed to ${change.to}`,
        accent: 'default',
        facts: compact([['Previous name', change.from]]),
      };
    case 'desc':
      return {
        title: change.to
          ? `Description of ${card.name} changed`
          : `Description of ${card.name} removed`,
        accent: 'default',
        ...(change.to ? { text: change.to } : {}),
        facts: [{ title: 'Previous description', value: change.from ?? '(empty)' }],
      };
    case 'closed':
      return change.closed
        ? { title: `${card.name} archived`, accent: 'warning', facts: [] }
        : { title: `${card.name} restored`, accent: 'good', facts: [] };
    case 'due':
      return {
        title: !change.to
          ? `Due date removed from ${card.name}`
          : change.from
            ? `Due date of ${card.name} changed`
            : `Due date set on ${card.name}`,
        accent: 'default',
        facts: compact([
          ['Due', change.to && formatDate(change.to)],
          [change.to ? 'Previously' : 'Was due', change.from && formatDate(change.from)],
        ]),
      };
    case 'dueComplete':
      return change.complete
        ? { title: `${card.name} marked complete`, accent: 'good', facts: [] }
        : { title: `${card.name} marked incomplete`, accent: 'default', facts: [] };
    default: {
      const unreachable: never = change;
      throw new Error(`unhandled Trello change ${(unreachable as { field: string }).field}`);
    }
  }
}

/** Facts whose value is missing or empty are left out rather than shown blank. */
function compact(pairs: [title: string, value: string | undefined][]): CardFact[] {
  return pairs.flatMap(([title, value]) => (value ? [{ title, value }] : []));
}

function moveFacts(from: string | undefined, to: string | undefined): CardFact[] {
  if (from && to) return [{ title: 'List', value: `${from} → ${to}` }];
  return compact([
    ['List', to],
    ['From list', from],
  ]);
}

/** `addAttachmentToCard` → "Add attachment to card". */
function humanise(actionType: string): string {
  const words = actionType.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Trello's dates: ISO 8601 with a time and an offset. `Date.parse` alone accepts loose text. */
const ISO_DATE_TIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * `2024-05-21T10:15:00.000Z` → `2024-05-21 10:15 UTC`, the same for every reader whatever
 * the server's time zone; undefined when `iso` is not such a date.
 */
function utcMinute(iso: string): string | undefined {
  if (!ISO_DATE_TIME.test(iso)) return undefined;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return undefined;
  const text = new Date(time).toISOString();
  // An offset can carry a date past year 9999, which toISOString writes with six digits.
  if (text.length !== 24) return undefined;
  return `${text.slice(0, 16).replace('T', ' ')} UTC`;
}

/** Due dates as `utcMinute` writes them; Trello's own string when it is not a date. */
function formatDate(iso: string): string {
  return utcMinute(iso) ?? iso;
}

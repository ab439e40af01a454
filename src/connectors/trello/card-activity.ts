import type { CardModel } from '../../core/card-model.js';
import { facts } from '../kit/wording.js';
import { frame } from './card-frame.js';
import type { TrelloEventOf } from './events.js';

/** People at work on a card: comments, members, votes. */

export function commentCard(
  event: TrelloEventOf<'comment_added' | 'comment_edited' | 'comment_deleted'>,
): CardModel {
  const { card } = event;
  switch (event.type) {
    case 'comment_added':
      return frame(event, {
        title: `New comment on ${card.name}`,
        titleUrl: card.url,
        accent: 'default',
        text: event.text,
        facts: facts(['List', event.list]),
      });
    case 'comment_edited':
      return frame(event, {
        title: `Comment on ${card.name} edited`,
        titleUrl: card.url,
        accent: 'default',
        ...(event.text ? { text: event.text } : {}),
        facts: [],
      });
    case 'comment_deleted':
      return frame(event, {
        title: `Comment deleted from ${card.name}`,
        titleUrl: card.url,
        accent: 'default',
        facts: [],
      });
  }
}

export function cardMemberCard(event: TrelloEventOf<'member_added' | 'member_removed'>): CardModel {
  const member = event.member ?? 'A member';
  const card = event.card.name;
  const title =
    event.type === 'member_added'
      ? event.joined
        ? `${member} joined ${card}`
        : `${member} added to ${card}`
      : event.left
        ? `${member} left ${card}`
        : `${member} removed from ${card}`;
  return frame(event, {
    title,
    titleUrl: event.card.url,
    accent: 'default',
    facts: facts(['Member', event.member]),
  });
}

export function voteCard(event: TrelloEventOf<'card_voted'>): CardModel {
  return frame(event, {
    title: event.voted
      ? `Vote added to ${event.card.name}`
      : `Vote removed from ${event.card.name}`,
    titleUrl: event.card.url,
    accent: 'default',
    facts: [],
  });
}

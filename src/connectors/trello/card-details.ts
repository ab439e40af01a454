import type { CardModel } from '../../core/card-model.js';
import { facts } from '../kit/wording.js';
import { colourWords, frame, labelPhrase } from './card-frame.js';
import type { TrelloEventOf } from './events.js';

/** Labels, checklists and attachments on a card: its parts rather than the card itself. */

export function cardLabelCard(event: TrelloEventOf<'label_added' | 'label_removed'>): CardModel {
  const added = event.type === 'label_added';
  return frame(event, {
    title: `${labelPhrase(event.label)} ${added ? 'added to' : 'removed from'} ${event.card.name}`,
    titleUrl: event.card.url,
    accent: 'default',
    facts: facts(['Colour', colourWords(event.label)]),
  });
}

export function checklistCard(
  event: TrelloEventOf<'checklist_added' | 'checklist_removed' | 'checklist_renamed'>,
): CardModel {
  const checklist = event.checklist ? `Checklist ${event.checklist}` : 'A checklist';
  const card = event.card.name;
  let title: string;
  switch (event.type) {
    case 'checklist_added':
      title = `${checklist} added to ${card}`;
      break;
    case 'checklist_removed':
      title = `${checklist} removed from ${card}`;
      break;
    case 'checklist_renamed':
      title = event.from
        ? `Checklist ${event.from} renamed to ${event.checklist ?? 'an untitled one'} on ${card}`
        : `${checklist} renamed on ${card}`;
      break;
  }
  return frame(event, {
    title,
    titleUrl: event.card.url,
    accent: 'default',
    facts: event.type === 'checklist_renamed' ? facts(['Previous name', event.from]) : [],
  });
}

export function checkItemCard(event: TrelloEventOf<'check_item'>): CardModel {
  const { change } = event;
  const item = event.item ?? 'A checklist item';
  const phrase = event.item ? `Checklist item ${event.item}` : 'A checklist item';
  const card = event.card.name;
  let title: string;
  switch (change.kind) {
    case 'created':
      title = `${phrase} added to ${card}`;
      break;
    case 'completed':
      title = `${item} completed on ${card}`;
      break;
    case 'incomplete':
      title = `${item} marked incomplete on ${card}`;
      break;
    case 'deleted':
      title = `${phrase} deleted from ${card}`;
      break;
    case 'renamed':
      title = event.item
        ? `Checklist item renamed to ${event.item} on ${card}`
        : `A checklist item renamed on ${card}`;
      break;
    case 'updated':
      title = `${phrase} updated on ${card}`;
      break;
  }
  return frame(event, {
    title,
    titleUrl: event.card.url,
    accent: change.kind === 'completed' ? 'good' : 'default',
    facts: facts(
      ['Checklist', event.checklist],
      ['Previous name', change.kind === 'renamed' ? change.from : undefined],
    ),
  });
}

export function attachmentCard(
  event: TrelloEventOf<'attachment_added' | 'attachment_removed'>,
): CardModel {
  const added = event.type === 'attachment_added';
  const attachment = event.attachment ? `Attachment ${event.attachment}` : 'An attachment';
  return frame(event, {
    title: `${attachment} ${added ? 'added to' : 'removed from'} ${event.card.name}`,
    titleUrl: event.card.url,
    accent: 'default',
    facts: [],
    // Only ever a link: an image element would make every client fetch the URL.
    links: added && event.url ? [{ title: 'Open attachment', url: event.url }] : [],
  });
}

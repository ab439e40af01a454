import type { Accent, CardFact, CardModel } from '../../core/card-model.js';
import { facts } from '../kit/wording.js';
import { attributeWords } from './attribute-words.js';
import { colourName, colourWords, frame, labelPhrase, onBoard, type Body } from './card-frame.js';
import type { TrelloBoardRole, TrelloEvent, TrelloEventOf } from './events.js';

/** Cards for actions on a board, its lists, labels and members: the title names the board. */

export function listCard(event: TrelloEventOf<'list_changed'>): CardModel {
  const { change, list } = event;
  const on = onBoard(event);
  let title: string;
  let accent: Accent = 'default';
  let detail: CardFact[] = [];
  switch (change.kind) {
    case 'created':
      title = `List ${list} created${on}`;
      accent = 'good';
      break;
    case 'renamed':
      title = change.from
        ? `List ${change.from} renamed to ${list}${on}`
        : `List renamed to ${list}${on}`;
      detail = facts(['Previous name', change.from]);
      break;
    case 'archived':
      title = `List ${list} archived${on}`;
      accent = 'warning';
      break;
    case 'restored':
      title = `List ${list} restored${on}`;
      accent = 'good';
      break;
    case 'moved':
      title = `List ${list} moved${on}`;
      break;
    case 'moved_in':
      title = event.board
        ? `List ${list} moved to board ${event.board.name}`
        : `List ${list} moved from another board`;
      detail = facts(['From board', change.otherBoard]);
      break;
    case 'moved_out': {
      const to = change.otherBoard ? `board ${change.otherBoard}` : 'another board';
      title = `List ${list} moved${onBoard(event, 'from')} to ${to}`;
      break;
    }
    case 'updated':
      title = `List ${list} updated${on}`;
      detail = facts(['Changed', attributeWords(change.changed)]);
      break;
  }
  return frame(event, { ...boardTitle(event), title, accent, facts: detail });
}

export function boardCard(event: TrelloEventOf<'board_changed'>): CardModel {
  const { change } = event;
  const board = event.board ? `Board ${event.board.name}` : 'A board';
  let title: string;
  let accent: Accent = 'default';
  let detail: CardFact[] = [];
  switch (change.kind) {
    case 'created':
      title = `${board} created`;
      accent = 'good';
      break;
    case 'renamed':
      title =
        change.from && event.board
          ? `Board ${change.from} renamed to ${event.board.name}`
          : `${board} renamed`;
      detail = facts(['Previous name', change.from]);
      break;
    case 'closed':
      title = `${board} closed`;
      accent = 'warning';
      break;
    case 'reopened':
      title = `${board} reopened`;
      accent = 'good';
      break;
    case 'copied':
      title = change.from
        ? `${board} copied from board ${change.from}`
        : `${board} created as a copy`;
      accent = 'good';
      break;
    case 'added_to_workspace':
      title = `${board} added to ${workspace(change.workspace)}`;
      break;
    case 'removed_from_workspace':
      title = `${board} removed from ${workspace(change.workspace)}`;
      break;
    case 'updated':
      title = `${board} updated`;
      detail = facts(['Changed', attributeWords(change.changed)]);
      break;
  }
  return frame(event, { ...boardTitle(event), title, accent, facts: detail });
}

function workspace(name: string | undefined): string {
  return name ? `workspace ${name}` : 'a workspace';
}

/** Keyed by our own closed list of roles, never by payload text. */
const ROLE_PHRASES: Record<TrelloBoardRole, string> = {
  admin: 'an admin',
  normal: 'a normal member',
  observer: 'an observer',
};
const ROLE_NAMES: Record<TrelloBoardRole, string> = {
  admin: 'Admin',
  normal: 'Normal member',
  observer: 'Observer',
};

export function boardMemberCard(event: TrelloEventOf<'board_member'>): CardModel {
  const { change, self } = event;
  const member = event.member ?? 'A member';
  const board = event.board ? `board ${event.board.name}` : 'the board';
  let title: string;
  switch (change.kind) {
    case 'added':
      title = self ? `${member} joined ${board}` : `${member} added to ${board}`;
      break;
    case 'removed':
      title = self ? `${member} left ${board}` : `${member} removed from ${board}`;
      break;
    case 'role':
      title = `${member} made ${ROLE_PHRASES[change.role]} of ${board}`;
      break;
  }
  const role = change.kind === 'added' && change.role ? ROLE_NAMES[change.role] : undefined;
  return frame(event, {
    ...boardTitle(event),
    title,
    accent: 'default',
    facts: facts(['Member', event.member], ['Role', role]),
  });
}

export function boardLabelCard(event: TrelloEventOf<'board_label'>): CardModel {
  const { change, label } = event;
  const on = onBoard(event);
  const phrase = labelPhrase(label);
  let title: string;
  let detail: CardFact[] = [];
  switch (change.kind) {
    case 'created':
      title = `${phrase} created${on}`;
      break;
    case 'renamed':
      title = change.from
        ? `Label ${change.from} renamed to ${label.name ?? 'an unnamed one'}${on}`
        : `${phrase} renamed${on}`;
      detail = facts(['Previous name', change.from]);
      break;
    case 'recoloured':
      title = label.name
        ? `Colour of label ${label.name} changed${on}`
        : `Label colour changed${on}`;
      detail = facts(['Previous colour', change.from ? colourName(change.from) : 'none']);
      break;
    case 'deleted':
      title = `${phrase} deleted${onBoard(event, 'from')}`;
      break;
    case 'updated':
      title = `${phrase} updated${on}`;
      break;
  }
  return frame(event, {
    ...boardTitle(event),
    title,
    accent: 'default',
    facts: [...facts(['Colour', colourWords(label)]), ...detail],
  });
}

/** Board-level cards link their title to the board and leave its name out of the facts. */
function boardTitle(event: TrelloEvent): Pick<Body, 'titleUrl' | 'namesBoard'> {
  return { ...(event.board?.url ? { titleUrl: event.board.url } : {}), namesBoard: true };
}

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../../../src/cards/render.js';
import {
  TRELLO_ACTION_TYPES,
  type TrelloActionType,
} from '../../../src/connectors/trello/action-types.js';
import { trelloCard } from '../../../src/connectors/trello/card.js';
import type { TrelloEvent } from '../../../src/connectors/trello/events.js';
import { interpretTrello } from '../../../src/connectors/trello/interpret.js';
import type { CardModel } from '../../../src/core/card-model.js';
import { validateAdaptiveCard } from '../../support/adaptive-validator.js';
import { fixture, type Payload } from './fixtures.js';

const FIXTURES = readdirSync(new URL('../../fixtures/trello/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

function eventOf(payload: Payload): TrelloEvent | undefined {
  const result = interpretTrello(payload);
  if (result.kind === 'ignored') return undefined;
  if (result.kind !== 'event' || result.event.source !== 'trello') {
    throw new Error(`expected an event, got ${result.kind}`);
  }
  return result.event;
}

/** The Adaptive Card a Workflows channel would be sent. */
function adaptiveContent(model: CardModel): object {
  const { body } = renderCard(model, { kind: 'workflows', o365Format: 'messagecard' });
  const envelope = JSON.parse(body) as { attachments: [{ content: object }] };
  return envelope.attachments[0].content;
}

/** "… on board Roadmap", "Board Roadmap created", or a Board fact. */
function namesBoard(model: CardModel, board: string): boolean {
  return (
    model.title.toLowerCase().includes(`board ${board.toLowerCase()}`) ||
    model.facts.some((fact) => fact.title === 'Board' && fact.value === board)
  );
}

describe('every hand-made Trello fixture', () => {
  it('is found', () => {
    expect(FIXTURES.length).toBeGreaterThan(40);
  });

  it.each(FIXTURES)('%s renders a valid Adaptive Card that names its board', (name) => {
    const payload = fixture(name);
    const event = eventOf(payload);
    if (event === undefined) return; // re-ordering: nothing is posted
    const model = trelloCard(event);
    expect(validateAdaptiveCard(adaptiveContent(model))).toEqual([]);
    expect(namesBoard(model, payload.action.data.board.name as string)).toBe(true);
  });
});

/**
 * A payload for each filterable action type: its own fixture where there is one, else the
 * nearest fixture with the type changed (the data Trello sends is shaped alike).
 */
const PAYLOADS: Record<TrelloActionType, [fixture: string, title: string]> = {
  createCard: ['create-card', 'Fix login added to Backlog'],
  updateCard: ['move-card', 'Fix login moved to Done'],
  deleteCard: ['delete-card', 'Card #42 deleted from list Doing'],
  copyCard: ['copy-card', 'Fix login on Firefox copied from Fix login'],
  moveCardToBoard: ['move-card-to-board', 'Fix login moved to board Roadmap'],
  moveCardFromBoard: ['move-card-to-board', 'Fix login moved to another board'],
  convertToCardFromCheckItem: [
    'copy-card',
    'Fix login on Firefox created from a checklist item on Fix login',
  ],
  emailCard: ['create-card', 'Fix login added to Backlog by email'],
  commentCard: ['comment-card', 'New comment on Fix login'],
  updateComment: ['update-comment', 'Comment on Fix login edited'],
  deleteComment: ['delete-comment', 'Comment deleted from Fix login'],
  copyCommentCard: ['comment-card', 'Copy comment card: Fix login'],
  addMemberToCard: ['add-member', 'Sam Lee added to Fix login'],
  removeMemberFromCard: ['remove-member', 'Sam Lee removed from Fix login'],
  addLabelToCard: ['add-label', 'Label Safari added to Fix login'],
  removeLabelFromCard: ['remove-label', 'Label dark red removed from Fix login'],
  addAttachmentToCard: ['add-attachment', 'Attachment session.har added to Fix login'],
  deleteAttachmentFromCard: ['delete-attachment', 'Attachment session.har removed from Fix login'],
  voteOnCard: ['vote-card', 'Vote added to Fix login'],
  addChecklistToCard: ['add-checklist', 'Checklist Repro steps added to Fix login'],
  removeChecklistFromCard: ['remove-checklist', 'Checklist Repro steps removed from Fix login'],
  updateChecklist: ['add-checklist', 'Update checklist: Fix login'],
  createCheckItem: ['create-check-item', 'Checklist item Capture a HAR added to Fix login'],
  updateCheckItem: [
    'rename-check-item',
    'Checklist item renamed to Capture a HAR in Safari 17 on Fix login',
  ],
  deleteCheckItem: [
    'delete-check-item',
    'Checklist item Capture a HAR in Safari 17 deleted from Fix login',
  ],
  updateCheckItemStateOnCard: ['complete-check-item', 'Capture a HAR completed on Fix login'],
  createList: ['create-list', 'List Backlog created on board Roadmap'],
  updateList: ['rename-list', 'List Backlog renamed to Up next on board Roadmap'],
  moveListToBoard: ['move-list-to-board', 'List Ideas moved to board Roadmap'],
  moveListFromBoard: [
    'move-list-from-board',
    'List Ideas moved from board Roadmap to another board',
  ],
  createLabel: ['create-label', 'Label Regression created on board Roadmap'],
  updateLabel: ['update-label', 'Colour of label Regression changed on board Roadmap'],
  deleteLabel: ['delete-label', 'A label deleted from board Roadmap'],
  createBoard: ['create-board', 'Board Roadmap created'],
  updateBoard: ['rename-board', 'Board Roadmap 2023 renamed to Roadmap'],
  copyBoard: ['create-board', 'Board Roadmap created as a copy'],
  addMemberToBoard: ['add-board-member', 'Sam Lee added to board Roadmap'],
  removeMemberFromBoard: ['remove-board-member', 'Sam Lee removed from board Roadmap'],
  makeAdminOfBoard: ['make-admin', 'Sam Lee made an admin of board Roadmap'],
  makeNormalMemberOfBoard: ['make-admin', 'Sam Lee made a normal member of board Roadmap'],
  makeObserverOfBoard: ['make-admin', 'Sam Lee made an observer of board Roadmap'],
  addToOrganizationBoard: ['create-board', 'Board Roadmap added to a workspace'],
  removeFromOrganizationBoard: ['create-board', 'Board Roadmap removed from a workspace'],
  enablePlugin: ['enable-plugin', 'Enable plugin on board Roadmap'],
  disablePlugin: ['enable-plugin', 'Disable plugin on board Roadmap'],
};

/** Action types left to the generic card: rare, or with nothing more to say than their name. */
const GENERIC = new Set<string>([
  'copyCommentCard',
  'updateChecklist',
  'enablePlugin',
  'disablePlugin',
]);

describe('every filterable Trello action type', () => {
  it.each(TRELLO_ACTION_TYPES)('%s gets a card naming what it is about and the board', (type) => {
    const [name, title] = PAYLOADS[type];
    const payload = fixture(name);
    payload.action.type = type;
    const event = eventOf(payload);
    if (event === undefined) throw new Error(`${type} was ignored`);
    expect(event.type === 'other').toBe(GENERIC.has(type));
    const model = trelloCard(event);
    expect(model.title).toBe(title);
    expect(namesBoard(model, 'Roadmap')).toBe(true);
    expect(validateAdaptiveCard(adaptiveContent(model))).toEqual([]);
  });
});

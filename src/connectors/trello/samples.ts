import type { SampleEvent } from '../types.js';

/** Realistic Trello actions for `/connectors/{id}/test` and catalog previews. */
const model = {
  id: '5f0c1a2b3c4d5e6f7a8b9c0d',
  name: 'Product roadmap',
  url: 'https://trello.com/b/Pr0dRm42/product-roadmap',
  shortUrl: 'https://trello.com/b/Pr0dRm42',
};
const board = { id: model.id, name: model.name, shortLink: 'Pr0dRm42' };
const memberCreator = {
  id: '5f0c1a2b3c4d5e6f7a8b0001',
  fullName: 'Ada Lovelace',
  username: 'ada',
};

function sample(action: Record<string, unknown>): SampleEvent {
  return {
    event: String(action.type),
    headers: { 'content-type': 'application/json', 'user-agent': 'Trello' },
    body: JSON.stringify({ model, action: { ...action, memberCreator } }),
  };
}

export const TRELLO_SAMPLES = [
  sample({
    id: '5f0c1a2b3c4d5e6f7a8b1001',
    type: 'updateCard',
    date: '2026-11-30T09:15:00.000Z',
    data: {
      card: { id: '5f0c1a2b3c4d5e6f7a8b2001', name: 'Ship release 0.0.1', shortLink: 'Sh1pRel1' },
      listBefore: { id: '5f0c1a2b3c4d5e6f7a8b3001', name: 'Doing' },
      listAfter: { id: '5f0c1a2b3c4d5e6f7a8b3002', name: 'Done' },
      old: { idList: '5f0c1a2b3c4d5e6f7a8b3001' },
      board,
    },
  }),
  sample({
    id: '5f0c1a2b3c4d5e6f7a8b1002',
    type: 'commentCard',
    date: '2026-11-30T09:20:00.000Z',
    data: {
      text: 'Release notes are in the snake_case_name doc, version 0.0.1.',
      card: { id: '5f0c1a2b3c4d5e6f7a8b2001', name: 'Ship release 0.0.1', shortLink: 'Sh1pRel1' },
      list: { id: '5f0c1a2b3c4d5e6f7a8b3002', name: 'Done' },
      board,
    },
  }),
  sample({
    id: '5f0c1a2b3c4d5e6f7a8b1003',
    type: 'updateCheckItemStateOnCard',
    date: '2026-11-30T09:25:00.000Z',
    data: {
      checkItem: { id: '5f0c1a2b3c4d5e6f7a8b4001', name: 'Tag the release', state: 'complete' },
      checklist: { id: '5f0c1a2b3c4d5e6f7a8b4000', name: 'Release steps' },
      card: { id: '5f0c1a2b3c4d5e6f7a8b2001', name: 'Ship release 0.0.1', shortLink: 'Sh1pRel1' },
      board,
    },
  }),
] as const satisfies readonly SampleEvent[];

/** An action type Trello does not send today, shaped like the ones it does. */
export const TRELLO_UNKNOWN_EVENT = sample({
  id: '5f0c1a2b3c4d5e6f7a8b10ff',
  type: 'pinCardToBoard',
  date: '2026-11-30T09:30:00.000Z',
  data: {
    card: { id: '5f0c1a2b3c4d5e6f7a8b2001', name: 'Ship release 0.0.1', shortLink: 'Sh1pRel1' },
    board,
  },
});

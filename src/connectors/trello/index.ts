import type { Provider } from '../types.js';
import { TRELLO_ACTION_TYPES } from './events.js';
import { interpretTrello } from './interpret.js';
import { parseTrello } from './parse.js';
import { verifyTrello } from './verify.js';

export const trelloProvider: Provider = Object.freeze({
  id: 'trello',
  name: 'Trello',
  events: TRELLO_ACTION_TYPES,
  // The signing key is the user's Trello application secret, which only they can supply.
  secret: 'optional',
  // Trello sends HEAD to the callback URL when the webhook is created and needs a 200.
  handshakeMethods: ['HEAD'],
  verify: verifyTrello,
  parse: parseTrello,
  interpret: (payload: unknown) => interpretTrello(payload),
});

export { TRELLO_ACTION_TYPES, type TrelloActionType } from './events.js';
export { interpretTrello } from './interpret.js';
export { parseTrello } from './parse.js';
export { verifyTrello } from './verify.js';

import { defineSender } from '../kit/define.js';
import { TRELLO_ACTION_TYPES } from './action-types.js';
import { trelloCard } from './card.js';
import { interpretTrello } from './interpret.js';
import { parseTrello } from './parse.js';
import { TRELLO_SAMPLES, TRELLO_UNKNOWN_EVENT } from './samples.js';
import { signTrello, verifyTrello } from './verify.js';

export const trelloSender = defineSender({
  id: 'trello',
  name: 'Trello',
  events: TRELLO_ACTION_TYPES,
  // The signing key is the user's Trello application secret, which only they can supply.
  secret: 'optional',
  auth: {
    scheme: 'hmac',
    summary:
      'HMAC-SHA1 of the body and the callback URL with the application secret, in X-Trello-Webhook',
  },
  setupHint:
    'Create the webhook with POST https://api.trello.com/1/webhooks (idModel = the board, ' +
    'callbackURL = the ingest URL exactly); give the connector your Trello application secret.',
  // Trello sends HEAD to the callback URL when the webhook is created and needs a 200.
  handshakeMethods: ['HEAD'],
  verify: verifyTrello,
  sign: signTrello,
  parse: parseTrello,
  normalize: (payload: unknown) => interpretTrello(payload),
  card: trelloCard,
  samples: TRELLO_SAMPLES,
  // Trello's handshake is a HEAD request (handshakeMethods), not a body.
  handshakes: [],
  unknownEvent: TRELLO_UNKNOWN_EVENT,
});

import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { newRelicCard } from './card.js';
import { normalizeNewRelic } from './normalize.js';
import { NEWRELIC_SAMPLES, NEWRELIC_UNKNOWN_EVENT } from './samples.js';
import { NEWRELIC_STATES } from './states.js';
import { signNewRelic, verifyNewRelic } from './verify.js';

export const newRelicSender = defineSender({
  id: 'newrelic',
  name: 'New Relic',
  events: NEWRELIC_STATES,
  // A webhook destination may be set up without authorization; a connector with a secret
  // then requires it in the Bearer token, the Basic password or a custom header.
  secret: 'optional',
  auth: {
    scheme: 'shared-secret',
    summary:
      'optional: the connector secret as the destination Bearer token, Basic password or X-Relay-Token header',
  },
  setupHint:
    'Alerts → Destinations → Webhook: Endpoint URL = the ingest URL; for a connector with a ' +
    'secret, choose Bearer token auth with the secret as the token. Pick the destination in a ' +
    'workflow and keep the default payload template (a template of your own also works).',
  handshakeMethods: [],
  verify: verifyNewRelic,
  sign: signNewRelic,
  parse: parseJsonBody,
  normalize: (payload: unknown) => normalizeNewRelic(payload),
  card: newRelicCard,
  samples: NEWRELIC_SAMPLES,
  handshakes: [],
  unknownEvent: NEWRELIC_UNKNOWN_EVENT,
});

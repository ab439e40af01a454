import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { OPSGENIE_ACTIONS } from './actions.js';
import { opsgenieCard } from './card.js';
import { normalizeOpsgenie } from './normalize.js';
import { OPSGENIE_SAMPLES, OPSGENIE_UNKNOWN_EVENT } from './samples.js';
import { signOpsgenie, verifyOpsgenie } from './verify.js';

export const opsgenieSender = defineSender({
  id: 'opsgenie',
  name: 'Opsgenie',
  events: OPSGENIE_ACTIONS,
  // Opsgenie signs nothing but always sends the integration's custom headers: without a
  // secret there, anyone who learns the URL could post alerts.
  secret: 'required',
  auth: {
    scheme: 'shared-secret',
    summary:
      'the connector secret in a custom header of the integration: X-Relay-Token, or Authorization: Bearer',
  },
  setupHint:
    'Settings → Integrations → add Webhook: Webhook URL = the ingest URL; under Custom ' +
    'Headers add X-Relay-Token = the connector secret; choose the alert actions to forward.',
  handshakeMethods: [],
  verify: verifyOpsgenie,
  sign: signOpsgenie,
  parse: parseJsonBody,
  normalize: (payload: unknown) => normalizeOpsgenie(payload),
  card: opsgenieCard,
  samples: OPSGENIE_SAMPLES,
  handshakes: [],
  unknownEvent: OPSGENIE_UNKNOWN_EVENT,
});

import { defineSender } from '../kit/define.js';
import { datadogCard } from './card.js';
import { DATADOG_EVENTS } from './events.js';
import { normalizeDatadog } from './normalize.js';
import { parseDatadog } from './parse.js';
import { DATADOG_SAMPLES, DATADOG_UNKNOWN_EVENT } from './samples.js';
import { signDatadog, verifyDatadog } from './verify.js';

export const datadogSender = defineSender({
  id: 'datadog',
  name: 'Datadog',
  events: DATADOG_EVENTS,
  // Datadog signs nothing, and webhooks made by older setups or tools often carry no custom
  // header: such a connector relies on its unguessable URL until a secret is set.
  secret: 'optional',
  auth: {
    scheme: 'shared-secret',
    summary:
      'the secret in a custom header (Authorization: Bearer <secret>, or X-Relay-Token), as the ' +
      'Basic auth password, or in a "secret" field of the payload',
  },
  setupHint:
    'Integrations → Webhooks → New: URL = the ingest URL; Custom Headers = ' +
    '{"Authorization": "Bearer <connector secret>"}; add "transition": "$ALERT_TRANSITION", ' +
    '"alert_priority": "$ALERT_PRIORITY", "link": "$LINK" and "tags": "$TAGS" to the payload; ' +
    'mention @webhook-<name> in your monitors.',
  handshakeMethods: [],
  verify: verifyDatadog,
  sign: signDatadog,
  parse: parseDatadog,
  normalize: normalizeDatadog,
  card: datadogCard,
  samples: DATADOG_SAMPLES,
  handshakes: [],
  unknownEvent: DATADOG_UNKNOWN_EVENT,
});

import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { alertmanagerCard } from './card.js';
import { ALERTMANAGER_EVENTS } from './events.js';
import { normalizeAlertmanager } from './normalize.js';
import { ALERTMANAGER_SAMPLES, ALERTMANAGER_UNKNOWN_EVENT } from './samples.js';
import { signAlertmanager, verifyAlertmanager } from './verify.js';

export const alertmanagerSender = defineSender({
  id: 'alertmanager',
  name: 'Alertmanager',
  events: ALERTMANAGER_EVENTS,
  // Every webhook_config can send a credential (http_config.authorization or basic_auth), and
  // Alertmanager signs nothing: without the secret anyone who learns the URL could post alerts.
  secret: 'required',
  auth: {
    scheme: 'shared-secret',
    summary:
      'the secret as the Authorization credentials (Bearer) or the Basic auth password, from http_config',
  },
  setupHint:
    'In alertmanager.yml, add a receiver with webhook_configs: url = the ingest URL and ' +
    'http_config: {authorization: {credentials: <connector secret>}} (or basic_auth password); ' +
    'keep send_resolved: true.',
  handshakeMethods: [],
  verify: verifyAlertmanager,
  sign: signAlertmanager,
  parse: parseJsonBody,
  normalize: normalizeAlertmanager,
  card: alertmanagerCard,
  samples: ALERTMANAGER_SAMPLES,
  handshakes: [],
  unknownEvent: ALERTMANAGER_UNKNOWN_EVENT,
});

import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { grafanaCard } from './card.js';
import { GRAFANA_EVENTS } from './events.js';
import { normalizeGrafana } from './normalize.js';
import { GRAFANA_SAMPLES, GRAFANA_UNKNOWN_EVENT } from './samples.js';
import { signGrafana, verifyGrafana } from './verify.js';

export const grafanaSender = defineSender({
  id: 'grafana',
  name: 'Grafana',
  events: GRAFANA_EVENTS,
  // Every Grafana version can send Basic auth or an Authorization header on a webhook, and an
  // alert posted without one could be forged by anyone who learns the URL.
  secret: 'required',
  auth: {
    // The contract signs samples as Grafana 12+ does (HMAC over the body); Basic and Bearer,
    // which cannot cover the body, are accepted too for older versions.
    scheme: 'hmac',
    summary:
      'Grafana 12+: HMAC-SHA256 of the body (or <timestamp>:<body>) in X-Grafana-Alerting-Signature; ' +
      'or the secret as the Basic auth password or Authorization credentials',
  },
  setupHint:
    'Alerting → Contact points → Webhook: URL = the ingest URL (POST or PUT); under ' +
    'Optional settings → HMAC Signature, Secret = the connector secret (Timestamp Header, if ' +
    'set, X-Grafana-Alerting-Signature-Timestamp), or Basic Authentication Password = the secret.',
  handshakeMethods: [],
  verify: verifyGrafana,
  sign: signGrafana,
  parse: parseJsonBody,
  normalize: normalizeGrafana,
  card: grafanaCard,
  samples: GRAFANA_SAMPLES,
  // The contact point's Test button posts an ordinary firing notification: it gets a card.
  handshakes: [],
  unknownEvent: GRAFANA_UNKNOWN_EVENT,
});

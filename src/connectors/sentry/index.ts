import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { sentryCard } from './cards/index.js';
import { SENTRY_EVENT_NAMES } from './event-names.js';
import { interpretSentry } from './interpret.js';
import { SENTRY_HANDSHAKES, SENTRY_SAMPLES, SENTRY_UNKNOWN_EVENT } from './samples.js';
import { signSentry, verifySentry } from './verify.js';

export const sentrySender = defineSender({
  id: 'sentry',
  name: 'Sentry',
  events: SENTRY_EVENT_NAMES,
  // Integrations always sign, but the legacy per-project WebHooks plugin cannot: a connector
  // for it has no secret, and its unguessable URL is what protects it.
  secret: 'optional',
  auth: {
    scheme: 'hmac',
    summary:
      'HMAC-SHA256 of the body with the integration Client Secret, hex, in Sentry-Hook-Signature',
  },
  setupHint:
    'Settings → Developer Settings → Custom Integrations → New internal integration: Webhook ' +
    'URL = the ingest URL, enable Alert Rule Action and the webhooks wanted; give the connector ' +
    "the integration's Client Secret. The legacy WebHooks plugin: a connector without a secret.",
  handshakeMethods: [],
  verify: verifySentry,
  sign: signSentry,
  parse: parseJsonBody,
  normalize: interpretSentry,
  card: sentryCard,
  samples: SENTRY_SAMPLES,
  handshakes: SENTRY_HANDSHAKES,
  unknownEvent: SENTRY_UNKNOWN_EVENT,
});

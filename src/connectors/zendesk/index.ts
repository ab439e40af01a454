import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { zendeskCard } from './cards/index.js';
import { ZENDESK_EVENT_NAMES } from './event-names.js';
import { interpretZendesk } from './interpret.js';
import { ZENDESK_SAMPLES, ZENDESK_UNKNOWN_EVENT } from './samples.js';
import { REPLAY_TOLERANCE_SECONDS, signZendesk, verifyZendesk } from './verify.js';

export const zendeskSender = defineSender({
  id: 'zendesk',
  name: 'Zendesk',
  events: ZENDESK_EVENT_NAMES,
  // Every Zendesk webhook has a signing secret, and an unsigned request could be forged.
  secret: 'required',
  auth: {
    scheme: 'timestamped-hmac',
    summary:
      'HMAC-SHA256 of X-Zendesk-Webhook-Signature-Timestamp + body with the signing secret, ' +
      'base64, in X-Zendesk-Webhook-Signature',
  },
  setupHint:
    'Admin Center → Apps and integrations → Webhooks → Create webhook: Endpoint URL = the ingest ' +
    'URL, request format JSON; then "Reveal secret" and give it to the connector as its secret. ' +
    'Subscribe to events, or connect the webhook to a trigger.',
  replayToleranceSeconds: REPLAY_TOLERANCE_SECONDS,
  handshakeMethods: [],
  verify: verifyZendesk,
  sign: signZendesk,
  parse: parseJsonBody,
  normalize: interpretZendesk,
  card: zendeskCard,
  samples: ZENDESK_SAMPLES,
  handshakes: [],
  unknownEvent: ZENDESK_UNKNOWN_EVENT,
});

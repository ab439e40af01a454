import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { DEFAULT_TOLERANCE_SECONDS } from '../kit/timestamp.js';
import { signedWebhookCard } from './card.js';
import { normalizeSignedWebhook } from './normalize.js';
import { STANDARD_WEBHOOK_SAMPLES, STANDARD_WEBHOOK_UNKNOWN_EVENT } from './samples.js';
import { signSignedWebhook, verifySignedWebhook } from './verify.js';

/** Any sender following standardwebhooks.com (Svix and the services built on it), or Stripe's scheme. */
export const standardWebhooksSender = defineSender({
  id: 'standard-webhooks',
  name: 'Standard Webhooks',
  events: STANDARD_WEBHOOK_SAMPLES.map((s) => s.event),
  // The event type is the sender's own word: a filter may list any.
  openEvents: true,
  // The scheme always signs; an unsigned request could come from anyone.
  secret: 'required',
  auth: {
    scheme: 'timestamped-hmac',
    summary:
      'HMAC-SHA256 of id, timestamp and body in webhook-signature (v1,<base64>; also svix-*), ' +
      'or Stripe-Signature t=…,v1=<hex>; refused after 5 minutes',
  },
  setupHint:
    'In the service’s webhook settings, add an endpoint with the ingest URL and give the ' +
    'connector that endpoint’s signing secret (whsec_…). A Stripe-style endpoint secret works too.',
  replayToleranceSeconds: DEFAULT_TOLERANCE_SECONDS,
  handshakeMethods: [],
  verify: verifySignedWebhook,
  sign: signSignedWebhook,
  parse: parseJsonBody,
  normalize: normalizeSignedWebhook,
  card: signedWebhookCard,
  samples: STANDARD_WEBHOOK_SAMPLES,
  handshakes: [],
  unknownEvent: STANDARD_WEBHOOK_UNKNOWN_EVENT,
});

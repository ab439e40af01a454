import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { pagerDutyCard } from './card.js';
import { PAGERDUTY_EVENT_TYPES } from './event-types.js';
import { normalizePagerDuty } from './normalize.js';
import { PAGERDUTY_HANDSHAKES, PAGERDUTY_SAMPLES, PAGERDUTY_UNKNOWN_EVENT } from './samples.js';
import { signPagerDuty, verifyPagerDuty } from './verify.js';

export const pagerDutySender = defineSender({
  id: 'pagerduty',
  name: 'PagerDuty',
  events: PAGERDUTY_EVENT_TYPES,
  // Every V3 subscription has a signing secret, and an unsigned request could be forged by anyone.
  secret: 'required',
  auth: {
    scheme: 'hmac',
    summary:
      'HMAC-SHA256 of the body with the subscription signing secret, in X-PagerDuty-Signature as v1=<hex>',
  },
  // PagerDuty makes the secret and shows it once, and a connector's secret is set when it is
  // created: so the webhook comes first, pointed at the ingest URL once the connector exists.
  setupHint:
    'Integrations → Generic Webhooks (v3) → New Webhook (any URL for now): choose scope and ' +
    'events, copy the signing secret PagerDuty shows once and create the connector with it; ' +
    'then Edit the webhook and set Webhook URL = the ingest URL.',
  handshakeMethods: [],
  verify: verifyPagerDuty,
  sign: signPagerDuty,
  parse: parseJsonBody,
  normalize: normalizePagerDuty,
  card: pagerDutyCard,
  samples: PAGERDUTY_SAMPLES,
  handshakes: PAGERDUTY_HANDSHAKES,
  unknownEvent: PAGERDUTY_UNKNOWN_EVENT,
});

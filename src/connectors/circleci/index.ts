import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { circleciCard } from './cards/index.js';
import { CIRCLECI_EVENT_NAMES } from './event-names.js';
import { interpretCircleCI } from './interpret.js';
import { CIRCLECI_HANDSHAKES, CIRCLECI_SAMPLES, CIRCLECI_UNKNOWN_EVENT } from './samples.js';
import { signCircleCI, verifyCircleCI } from './verify.js';

export const circleciSender = defineSender({
  id: 'circleci',
  name: 'CircleCI',
  events: CIRCLECI_EVENT_NAMES,
  // Every CircleCI webhook has a secret token field, and an unsigned request could be forged.
  secret: 'required',
  auth: {
    scheme: 'hmac',
    summary:
      'HMAC-SHA256 of the body with the webhook Secret token, hex, as v1=<hex> in circleci-signature',
  },
  setupHint:
    'Project Settings → Webhooks → Add Webhook: Receiver URL = the ingest URL, Secret token = ' +
    'the connector secret, and tick the events (Workflow Completed, Job Completed); "Test ping ' +
    'event" checks the connection.',
  handshakeMethods: [],
  verify: verifyCircleCI,
  sign: signCircleCI,
  parse: parseJsonBody,
  normalize: interpretCircleCI,
  card: circleciCard,
  samples: CIRCLECI_SAMPLES,
  handshakes: CIRCLECI_HANDSHAKES,
  unknownEvent: CIRCLECI_UNKNOWN_EVENT,
});

import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { bitbucketCard } from './cards/index.js';
import { BITBUCKET_EVENTS } from './event-keys.js';
import { interpretBitbucket } from './interpret.js';
import { BITBUCKET_SAMPLES, BITBUCKET_UNKNOWN_EVENT } from './samples.js';
import { signBitbucket, verifyBitbucket } from './verify.js';

export const bitbucketSender = defineSender({
  id: 'bitbucket',
  name: 'Bitbucket',
  events: BITBUCKET_EVENTS,
  // Every Bitbucket Cloud webhook can have a secret, and an unsigned one could be forged by anyone.
  secret: 'required',
  auth: {
    scheme: 'hmac',
    summary: 'HMAC-SHA256 of the body with the webhook secret, in X-Hub-Signature as sha256=<hex>',
  },
  setupHint:
    'Repository settings → Webhooks → Add webhook: URL = the ingest URL, Secret = the ' +
    'connector secret; pick the triggers there (Bitbucket Cloud).',
  handshakeMethods: [],
  verify: verifyBitbucket,
  sign: signBitbucket,
  parse: parseJsonBody,
  normalize: interpretBitbucket,
  card: bitbucketCard,
  samples: BITBUCKET_SAMPLES,
  // Bitbucket checks nothing before it sends events.
  handshakes: [],
  unknownEvent: BITBUCKET_UNKNOWN_EVENT,
});

import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { herokuCard } from './cards/index.js';
import { HEROKU_DEFAULT_EVENTS, HEROKU_EVENT_NAMES } from './event-names.js';
import { interpretHeroku } from './interpret.js';
import { HEROKU_SAMPLES, HEROKU_UNKNOWN_EVENT } from './samples.js';
import { signHeroku, verifyHeroku } from './verify.js';

export const herokuSender = defineSender({
  id: 'heroku',
  name: 'Heroku',
  events: HEROKU_EVENT_NAMES,
  defaultEvents: HEROKU_DEFAULT_EVENTS,
  // Heroku signs every delivery (it generates a secret when none is given).
  secret: 'required',
  auth: {
    scheme: 'hmac',
    summary:
      'HMAC-SHA256 of the body with the webhook secret, base64, in Heroku-Webhook-Hmac-SHA256',
  },
  setupHint:
    'heroku webhooks:add -a <app> -i api:release,api:build,api:formation -l sync ' +
    "-u <ingest URL> -s <connector secret>, or the app's More → Webhooks page in the dashboard " +
    '(Payload URL, Secret); choose the event types there.',
  handshakeMethods: [],
  verify: verifyHeroku,
  sign: signHeroku,
  parse: parseJsonBody,
  normalize: (payload: unknown) => interpretHeroku(payload),
  card: herokuCard,
  samples: HEROKU_SAMPLES,
  // Heroku checks nothing when a webhook is created.
  handshakes: [],
  unknownEvent: HEROKU_UNKNOWN_EVENT,
});

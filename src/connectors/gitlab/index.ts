import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { gitlabCard } from './cards/index.js';
import { GITLAB_DEFAULT_EVENTS, GITLAB_EVENTS } from './event-names.js';
import { interpretGitLab } from './interpret.js';
import { GITLAB_SAMPLES, GITLAB_UNKNOWN_EVENT } from './samples.js';
import { signGitLab, verifyGitLab } from './verify.js';

export const gitlabSender = defineSender({
  id: 'gitlab',
  name: 'GitLab',
  events: GITLAB_EVENTS,
  defaultEvents: GITLAB_DEFAULT_EVENTS,
  // Every GitLab hook can carry a secret token, and one without could be forged by anyone.
  secret: 'required',
  /*
   * The secret token is repeated verbatim, so the catalog names that: it is what every
   * GitLab version sends. A signing token's signed timestamp is still checked for freshness
   * (verify.ts); a tolerance is not declared because unsigned token requests have none.
   */
  auth: {
    scheme: 'shared-secret',
    summary:
      'the secret token verbatim in X-Gitlab-Token, or a signing token: Standard Webhooks ' +
      'HMAC-SHA256 of id, timestamp and body in webhook-signature',
  },
  setupHint:
    'Project or group Settings → Webhooks → Add new webhook: URL = the ingest URL, Secret ' +
    'token = the connector secret (or give the connector the Signing token GitLab shows, ' +
    'whsec_…); tick the triggers there.',
  handshakeMethods: [],
  verify: verifyGitLab,
  sign: signGitLab,
  parse: parseJsonBody,
  normalize: interpretGitLab,
  card: gitlabCard,
  samples: GITLAB_SAMPLES,
  // GitLab's "Test" button sends an ordinary sample event, not a handshake.
  handshakes: [],
  unknownEvent: GITLAB_UNKNOWN_EVENT,
});

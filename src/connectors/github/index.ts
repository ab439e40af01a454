import { defineSender } from '../kit/define.js';
import { githubCard } from './cards/index.js';
import { GITHUB_EVENT_NAMES } from './event-names.js';
import { interpretGitHub } from './interpret.js';
import { parseGitHubBody } from './parse.js';
import { GITHUB_HANDSHAKES, GITHUB_SAMPLES, GITHUB_UNKNOWN_EVENT } from './samples.js';
import { signGitHub, verifyGitHubSignature } from './verify.js';

export const githubSender = defineSender({
  id: 'github',
  name: 'GitHub',
  events: GITHUB_EVENT_NAMES,
  // GitHub only signs when a secret is set, and an unsigned hook could be forged by anyone.
  secret: 'required',
  auth: {
    scheme: 'hmac',
    summary: 'HMAC-SHA256 of the body with the webhook secret, in X-Hub-Signature-256',
  },
  setupHint:
    'Repository or organisation Settings → Webhooks → Add webhook: Payload URL = the ingest URL, ' +
    'Content type = application/json, Secret = the connector secret; choose the events there.',
  handshakeMethods: [],
  verify: verifyGitHubSignature,
  sign: signGitHub,
  parse: parseGitHubBody,
  normalize: interpretGitHub,
  card: githubCard,
  samples: GITHUB_SAMPLES,
  handshakes: GITHUB_HANDSHAKES,
  unknownEvent: GITHUB_UNKNOWN_EVENT,
});

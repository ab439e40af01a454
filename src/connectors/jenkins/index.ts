import { parseJsonBody } from '../kit/body.js';
import { jenkinsCard } from './card.js';
import { defineSender } from '../kit/define.js';
import { normalizeJenkins } from './normalize.js';
import { JENKINS_SAMPLES, JENKINS_UNKNOWN_EVENT } from './samples.js';
import { JENKINS_EVENTS } from './status.js';

/**
 * Jenkins' Office 365 Connector plugin posts a finished Teams card; the relay stands in for
 * the Teams webhook. Its card goes on as it is where the channel takes its format, and the
 * card model the relay reads from it everywhere else.
 */
export const jenkinsSender = defineSender({
  id: 'jenkins',
  name: 'Jenkins',
  events: JENKINS_EVENTS,
  // The plugin sends no credential of any kind (HttpWorker): the ingest URL is the secret.
  secret: 'none',
  auth: {
    scheme: 'url-only',
    summary: 'none: the plugin cannot send a credential; keep the ingest URL private',
  },
  setupHint:
    'In the job configuration, under Office 365 Connector / Power Automate workflows → ' +
    'Notification webhooks → Add Webhook, paste the ingest URL as URL and tick the Notify… ' +
    'statuses to send; in a pipeline, pass it as webhookUrl to office365ConnectorSend.',
  handshakeMethods: [],
  verify: () => ({ ok: true }),
  sign: () => ({}),
  parse: parseJsonBody,
  normalize: (payload: unknown) => normalizeJenkins(payload),
  card: jenkinsCard,
  raw: (event) => event.raw,
  samples: JENKINS_SAMPLES,
  handshakes: [],
  unknownEvent: JENKINS_UNKNOWN_EVENT,
});

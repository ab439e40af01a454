import { parseJsonBody } from '../kit/body.js';
import { defineSender } from '../kit/define.js';
import { azureDevOpsCard } from './cards/index.js';
import { AZURE_DEVOPS_EVENTS } from './event-names.js';
import { interpretAzureDevOps } from './interpret.js';
import { AZURE_DEVOPS_SAMPLES, AZURE_DEVOPS_UNKNOWN_EVENT } from './samples.js';
import { signAzureDevOps, verifyAzureDevOps } from './verify.js';

export const azureDevOpsSender = defineSender({
  id: 'azure-devops',
  name: 'Azure DevOps',
  events: AZURE_DEVOPS_EVENTS,
  // Service hooks sign nothing; Basic credentials or a header are optional in the subscription.
  secret: 'optional',
  auth: {
    scheme: 'shared-secret',
    summary:
      'optional: the connector secret as the Basic authentication password (any user name), ' +
      'or in an X-Relay-Token header',
  },
  setupHint:
    'In Project settings → Service hooks, create a Web Hooks subscription per event; paste the ' +
    'ingest URL as URL and the connector secret as Basic authentication password (any ' +
    'Basic authentication username), or add "X-Relay-Token: <secret>" under HTTP headers.',
  // No handshake: the subscription's "Test" button sends a sample event, carded like any other.
  handshakeMethods: [],
  verify: verifyAzureDevOps,
  sign: signAzureDevOps,
  parse: parseJsonBody,
  normalize: (payload: unknown) => interpretAzureDevOps(payload),
  card: azureDevOpsCard,
  samples: AZURE_DEVOPS_SAMPLES,
  handshakes: [],
  unknownEvent: AZURE_DEVOPS_UNKNOWN_EVENT,
});

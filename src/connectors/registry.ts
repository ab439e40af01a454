import { alertmanagerSender } from './alertmanager/index.js';
import { azureDevOpsSender } from './azure-devops/index.js';
import { bitbucketSender } from './bitbucket/index.js';
import { circleciSender } from './circleci/index.js';
import { datadogSender } from './datadog/index.js';
import { genericSender } from './generic/index.js';
import { githubSender } from './github/index.js';
import { gitlabSender } from './gitlab/index.js';
import { grafanaSender } from './grafana/index.js';
import { herokuSender } from './heroku/index.js';
import { jenkinsSender } from './jenkins/index.js';
import { newRelicSender } from './newrelic/index.js';
import { opsgenieSender } from './opsgenie/index.js';
import { pagerDutySender } from './pagerduty/index.js';
import { sentrySender } from './sentry/index.js';
import { standardWebhooksSender } from './standard-webhooks/index.js';
import { trelloSender } from './trello/index.js';
import { zendeskSender } from './zendesk/index.js';
import type { Sender } from './types.js';

/** The built-in connector types, one line each; a sender is added by adding its folder here. */
// prettier-ignore
export const SENDERS: readonly Sender[] = [
  githubSender,
  trelloSender,
  alertmanagerSender,
  azureDevOpsSender,
  bitbucketSender,
  circleciSender,
  datadogSender,
  gitlabSender,
  grafanaSender,
  herokuSender,
  jenkinsSender,
  newRelicSender,
  opsgenieSender,
  pagerDutySender,
  sentrySender,
  standardWebhooksSender,
  zendeskSender,
  genericSender,
];

const BY_ID: ReadonlyMap<string, Sender> = new Map(SENDERS.map((s) => [s.id, s]));

/** A Map, so a type id like "constructor" finds nothing. */
export function senderFor(type: string): Sender | undefined {
  return BY_ID.get(type);
}

/**
 * Custom types are senders built from an admin's definition (custom/), not from a folder of
 * their own: the relay checks and compiles definitions through these, and looks custom types
 * up beside the built-ins with `senderFor` first (a custom id can never shadow a built-in).
 */
export {
  compileDefinition,
  customRequest,
  definitionSchema,
  TEMPLATE_PROBLEM,
  type CustomDefinition,
  type Problem as DefinitionProblem,
} from './custom/index.js';

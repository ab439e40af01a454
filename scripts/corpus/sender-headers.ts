import { randomBytes } from 'node:crypto';
import type { PayloadFile } from './folders.js';
import { readText } from './json-path.js';

/**
 * The headers each sender sets besides its signature, for one corpus file, as SOURCES.md and
 * the folder's headers.md describe them. Keyed by connector type id; a rule exists for every
 * corpus folder, whether or not its sender is registered yet. The signature itself always
 * comes from the registered sender's own `sign`.
 */
export interface RequestContext {
  /** When the request is made, ms since the epoch: timestamp headers are derived from it. */
  sentAt: number;
  /** A UUID fixed by the file and `purpose`: the same corpus always gets the same ids. */
  uuid(purpose: string): string;
}

export interface SenderRequest {
  headers: Record<string, string>;
  /** The sender's name for this event, as its header or body gives it; absent if it has none. */
  event?: string;
}

export interface HeaderRule {
  request(file: PayloadFile, ctx: RequestContext): SenderRequest;
  /**
   * Event names that are handshakes (GitHub `ping`): answered 2xx, nothing queued, nothing
   * posted. Only these count as correct without a card.
   */
  handshakeEvents?: readonly string[];
  /**
   * Files that repeat an earlier file of the folder (file stem → stem of the original): the
   * relay must answer them as a duplicate of the original's delivery, posting nothing.
   */
  duplicates?: ReadonlyMap<string, string>;
  /** Files the sender sends with no signature at all (Sentry's legacy WebHooks plugin). */
  unsigned?: (file: PayloadFile) => boolean;
  /** A secret in the form the sender's settings take; otherwise 32 random hex digits. */
  secret?: () => string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const unixSeconds = (ms: number) => String(Math.floor(ms / 1000));

/** A body field the sender names its event from; a file without it cannot be sent. */
function bodyField(file: PayloadFile, path: string, header: string): string {
  const value = readText(file.json, path);
  if (value === undefined) throw new Error(`no body field '${path}' to set ${header} from`);
  return value;
}

/** The part of the file name before the first '-': `issue_comment-created` → `issue_comment`. */
const prefix = (file: PayloadFile) => file.stem.split('-')[0]!;

/** GitLab's `X-Gitlab-Event` for each `object_kind` (docs: "Webhook events"). */
const GITLAB_EVENTS: ReadonlyMap<string, string> = new Map([
  ['push', 'Push Hook'],
  ['tag_push', 'Tag Push Hook'],
  ['issue', 'Issue Hook'],
  ['note', 'Note Hook'],
  ['merge_request', 'Merge Request Hook'],
  ['wiki_page', 'Wiki Page Hook'],
  ['pipeline', 'Pipeline Hook'],
  ['build', 'Job Hook'],
  ['deployment', 'Deployment Hook'],
  ['release', 'Release Hook'],
  ['feature_flag', 'Feature Flag Hook'],
  ['emoji', 'Emoji Hook'],
  ['access_token', 'Resource Access Token Hook'],
  ['member', 'Member Hook'],
  ['project', 'Project Hook'],
  ['vulnerability', 'Vulnerability Hook'],
]);

function gitlabEvent(file: PayloadFile): string {
  const kind = bodyField(file, 'object_kind', 'X-Gitlab-Event');
  const event = GITLAB_EVENTS.get(kind);
  if (!event) throw new Error(`no X-Gitlab-Event is known for object_kind '${kind}'`);
  // Confidential issues and notes arrive under their own names.
  const confidential =
    readText(file.json, 'event_type')?.startsWith('confidential_') === true ||
    (kind === 'issue' &&
      (file.json as { object_attributes?: { confidential?: unknown } }).object_attributes
        ?.confidential === true);
  return confidential ? `Confidential ${event}` : event;
}

/** `repo-push` → `repo:push`, `pullrequest-rejected-DECLINED` → `pullrequest:rejected`. */
function bitbucketEventKey(file: PayloadFile): string {
  const [category, action] = file.stem.split('-');
  if (!category || !action) {
    throw new Error(`file name '${file.name}' does not say the X-Event-Key (category-action)`);
  }
  return `${category}:${action}`;
}

/** Sentry's legacy per-project WebHooks plugin: no integration-platform headers, no signature. */
const SENTRY_LEGACY = /^legacy-/;

export const HEADER_RULES: ReadonlyMap<string, HeaderRule> = new Map<string, HeaderRule>([
  [
    'github',
    {
      // The event is the file name up to the first '-': `pull_request-opened` → pull_request.
      request: (file, ctx) => ({
        event: prefix(file),
        headers: {
          ...JSON_TYPE,
          'user-agent': 'GitHub-Hookshot/corpus',
          'x-github-event': prefix(file),
          'x-github-delivery': ctx.uuid('delivery'),
          'x-github-hook-id': '1',
        },
      }),
      handshakeEvents: ['ping'],
      // One starring arrives as `star` (created) and `watch` (started), each with its own
      // delivery id; the relay posts one card for both (SOURCES.md: subscribe to one).
      duplicates: new Map([['watch-started', 'star-created']]),
    },
  ],
  [
    'trello',
    {
      // No event header: the type is the body's action.type.
      request: (file) => ({
        event: readText(file.json, 'action.type'),
        headers: { ...JSON_TYPE, 'user-agent': 'Trello' },
      }),
    },
  ],
  [
    'azure-devops',
    {
      request: (file, ctx) => ({
        event: readText(file.json, 'eventType'),
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-vss-activityid': ctx.uuid('activity'),
          'x-vss-subscriptionid': readText(file.json, 'subscriptionId') ?? ctx.uuid('subscription'),
          'request-id': ctx.uuid('request'),
        },
      }),
    },
  ],
  [
    'gitlab',
    {
      request: (file, ctx) => {
        const event = gitlabEvent(file);
        return {
          event,
          headers: {
            ...JSON_TYPE,
            'user-agent': 'GitLab/17.4.0',
            'x-gitlab-event': event,
            'x-gitlab-instance': 'https://gitlab.example.com',
            'x-gitlab-webhook-uuid': '00000000-0000-4000-8000-000000000001',
            'x-gitlab-event-uuid': ctx.uuid('event'),
            'idempotency-key': ctx.uuid('idempotency'),
          },
        };
      },
    },
  ],
  [
    'bitbucket',
    {
      request: (file, ctx) => {
        const key = bitbucketEventKey(file);
        return {
          event: key,
          headers: {
            ...JSON_TYPE,
            'user-agent': 'Bitbucket-Webhooks/2.0',
            'x-event-key': key,
            'x-hook-uuid': '00000000-0000-4000-8000-000000000002',
            'x-request-uuid': ctx.uuid('request'),
            'x-attempt-number': '1',
          },
        };
      },
    },
  ],
  [
    'jenkins',
    {
      // The Office 365 Connector plugin sends a finished card: no event, id or auth header.
      request: () => ({
        headers: {
          'content-type': 'application/json; charset=UTF-8',
          'user-agent': 'Apache-HttpClient/5.2.1 (Java/17)',
        },
      }),
    },
  ],
  [
    'sentry',
    {
      // The resource is the file name up to the first '-': `event_alert-triggered-…`.
      request: (file, ctx) =>
        SENTRY_LEGACY.test(file.stem)
          ? { headers: { ...JSON_TYPE, 'user-agent': 'sentry-plugins/corpus' } }
          : {
              event: prefix(file),
              headers: {
                ...JSON_TYPE,
                'request-id': ctx.uuid('request'),
                'sentry-hook-resource': prefix(file),
                'sentry-hook-timestamp': unixSeconds(ctx.sentAt),
              },
            },
      handshakeEvents: ['installation'],
      unsigned: (file) => SENTRY_LEGACY.test(file.stem),
    },
  ],
  [
    'pagerduty',
    {
      request: (file, ctx) => ({
        event: readText(file.json, 'event.event_type'),
        headers: {
          ...JSON_TYPE,
          accept: 'application/json',
          'user-agent': 'PagerDuty-Webhook/V3.0',
          'x-webhook-id': ctx.uuid('delivery'),
          'x-webhook-subscription': 'PCORPUS',
        },
      }),
      handshakeEvents: ['pagey.ping'],
    },
  ],
  [
    'opsgenie',
    { request: (file) => ({ event: readText(file.json, 'action'), headers: JSON_TYPE }) },
  ],
  [
    'zendesk',
    {
      request: (file, ctx) => ({
        event: readText(file.json, 'type'),
        headers: {
          ...JSON_TYPE,
          'user-agent': 'Zendesk Webhook',
          'x-zendesk-account-id': readText(file.json, 'account_id') ?? '1',
          'x-zendesk-webhook-id': '01CORPUS000000000000000000',
          'x-zendesk-webhook-invocation-id': ctx.uuid('invocation'),
          // ISO-8601 to the second, as Zendesk sends it; the signature covers this exact text.
          'x-zendesk-webhook-signature-timestamp': new Date(ctx.sentAt)
            .toISOString()
            .replace(/\.\d{3}Z$/, 'Z'),
        },
      }),
    },
  ],
  [
    'newrelic',
    { request: (file) => ({ event: readText(file.json, 'state'), headers: JSON_TYPE }) },
  ],
  // Datadog's body is a user template: the event, when present at all, is in the body.
  ['datadog', { request: () => ({ headers: JSON_TYPE }) }],
  [
    'grafana',
    {
      request: (file) => ({
        event: readText(file.json, 'status') ?? readText(file.json, 'state'),
        headers: { ...JSON_TYPE, 'user-agent': 'Grafana/11.0.0' },
      }),
    },
  ],
  [
    'alertmanager',
    {
      request: (file) => ({
        event: readText(file.json, 'status'),
        headers: { ...JSON_TYPE, 'user-agent': 'Alertmanager/0.27.0' },
      }),
    },
  ],
  [
    'circleci',
    {
      request: (file) => {
        const type = bodyField(file, 'type', 'circleci-event-type');
        return {
          event: type,
          headers: {
            ...JSON_TYPE,
            'user-agent': 'CircleCI-Webhook/1.0',
            'circleci-event-type': type,
          },
        };
      },
      handshakeEvents: ['ping'],
    },
  ],
  [
    'heroku',
    {
      request: (file) => ({
        event: readText(file.json, 'webhook_metadata.event.include'),
        headers: JSON_TYPE,
      }),
    },
  ],
  [
    'standard-webhooks',
    {
      request: (file, ctx) => ({
        event: readText(file.json, 'type'),
        headers: {
          ...JSON_TYPE,
          'webhook-id': `msg_${ctx.uuid('message').replaceAll('-', '').slice(0, 24)}`,
          'webhook-timestamp': unixSeconds(ctx.sentAt),
        },
      }),
      // The spec's secrets are base64 keys with a `whsec_` prefix.
      secret: () => `whsec_${randomBytes(24).toString('base64')}`,
    },
  ],
]);

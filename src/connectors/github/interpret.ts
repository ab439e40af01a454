import type { IngestRequest, Outcome } from '../types.js';
import type { GitHubEvent } from './events.js';
import { interpretPing } from './handshake.js';
import { normalizeIssueComment, normalizeIssues } from './normalize/issues.js';
import { normalizeOther } from './normalize/other.js';
import { normalizePullRequest } from './normalize/pull-request.js';
import { normalizePush } from './normalize/push.js';
import { normalizeRelease } from './normalize/release.js';
import { normalizeCheckRun, normalizeWorkflowRun } from './normalize/runs.js';
import { normalizeStar } from './normalize/star.js';
import type { NormalizeResult } from './normalize-result.js';

type Normalizer = (payload: unknown) => NormalizeResult;

/** GitHub's event names are snake_case words; anything else did not come from GitHub. */
const EVENT_NAME = /^[a-z][a-z0-9_]{0,63}$/;

/** A GUID is 36 characters; the de-duplication key must stay small whatever is sent. */
const MAX_DELIVERY_ID = 128;

/** Events with a dedicated card. A Map, so header values like "constructor" find nothing. */
const NORMALIZERS: ReadonlyMap<string, Normalizer> = new Map<string, Normalizer>([
  ['push', normalizePush],
  ['pull_request', normalizePullRequest],
  ['issues', normalizeIssues],
  ['issue_comment', normalizeIssueComment],
  ['release', normalizeRelease],
  ['workflow_run', normalizeWorkflowRun],
  ['check_run', normalizeCheckRun],
  ['star', (payload) => normalizeStar(payload, 'star')],
  ['watch', (payload) => normalizeStar(payload, 'watch')],
]);

/** Turns a parsed GitHub payload into a handshake, a normalised event or a malformed verdict. */
export function interpretGitHub(payload: unknown, req: IngestRequest): Outcome<GitHubEvent> {
  const eventName = req.headers['x-github-event']?.trim();
  if (!eventName) return { kind: 'malformed', message: 'X-GitHub-Event header is missing' };
  if (!EVENT_NAME.test(eventName)) {
    return { kind: 'malformed', message: 'X-GitHub-Event header is not a GitHub event name' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: `${eventName} payload is not a JSON object` };
  }
  if (eventName === 'ping') return interpretPing(payload);

  const normalize = NORMALIZERS.get(eventName);
  const result = normalize ? normalize(payload) : normalizeOther(payload, eventName);
  if (result.kind === 'malformed') return result;
  if (result.kind === 'ignored') return { kind: 'ignored', eventName, reason: result.reason };

  // The delivery GUID names the event, not the attempt: a redelivery reuses it (github/docs#32822).
  const deliveryId = req.headers['x-github-delivery']?.trim() || undefined;
  if (deliveryId !== undefined && deliveryId.length > MAX_DELIVERY_ID) {
    return { kind: 'malformed', message: 'X-GitHub-Delivery header is not a delivery id' };
  }
  return { kind: 'event', eventName, deliveryId, event: result.event };
}

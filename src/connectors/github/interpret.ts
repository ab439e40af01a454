import type { IngestRequest, Outcome } from '../types.js';
import type { GitHubEvent } from './events.js';
import { interpretPing } from './handshake.js';
import { normalizeSecurityAdvisory, normalizeVulnerabilityAlert } from './normalize/advisories.js';
import {
  normalizeCodeScanningAlert,
  normalizeDependabotAlert,
  normalizeSecretScanningAlert,
} from './normalize/alerts.js';
import { normalizeCommitComment } from './normalize/commit-comment.js';
import { normalizeDeployment, normalizeDeploymentStatus } from './normalize/deployments.js';
import { normalizeDiscussion, normalizeDiscussionComment } from './normalize/discussions.js';
import { normalizeIssueComment, normalizeIssues } from './normalize/issues.js';
import { normalizeCheckSuite, normalizeWorkflowJob } from './normalize/jobs.js';
import { normalizeLabel } from './normalize/label.js';
import { normalizeMilestone } from './normalize/milestone.js';
import { normalizeOrganization } from './normalize/organization.js';
import { normalizeOther } from './normalize/other.js';
import { normalizeMember, normalizeMembership, normalizeTeam } from './normalize/people.js';
import { normalizePullRequest } from './normalize/pull-request.js';
import { normalizePush } from './normalize/push.js';
import { normalizeFork, normalizeRefChange } from './normalize/refs.js';
import { normalizeRelease } from './normalize/release.js';
import {
  normalizeReview,
  normalizeReviewComment,
  normalizeReviewThread,
} from './normalize/reviews.js';
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
  ['create', (payload) => normalizeRefChange(payload, 'create')],
  ['delete', (payload) => normalizeRefChange(payload, 'delete')],
  ['fork', normalizeFork],
  ['commit_comment', normalizeCommitComment],
  ['release', normalizeRelease],
  ['pull_request', normalizePullRequest],
  ['pull_request_review', normalizeReview],
  ['pull_request_review_comment', normalizeReviewComment],
  ['pull_request_review_thread', normalizeReviewThread],
  ['issues', normalizeIssues],
  ['issue_comment', normalizeIssueComment],
  ['discussion', normalizeDiscussion],
  ['discussion_comment', normalizeDiscussionComment],
  ['milestone', normalizeMilestone],
  ['label', normalizeLabel],
  ['workflow_run', normalizeWorkflowRun],
  ['workflow_job', normalizeWorkflowJob],
  ['check_run', normalizeCheckRun],
  ['check_suite', normalizeCheckSuite],
  ['deployment', normalizeDeployment],
  ['deployment_status', normalizeDeploymentStatus],
  ['star', (payload) => normalizeStar(payload, 'star')],
  ['watch', (payload) => normalizeStar(payload, 'watch')],
  ['member', normalizeMember],
  ['membership', normalizeMembership],
  ['team', normalizeTeam],
  ['organization', normalizeOrganization],
  ['code_scanning_alert', normalizeCodeScanningAlert],
  ['dependabot_alert', normalizeDependabotAlert],
  ['secret_scanning_alert', normalizeSecretScanningAlert],
  ['repository_vulnerability_alert', normalizeVulnerabilityAlert],
  ['security_advisory', normalizeSecurityAdvisory],
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
  return {
    kind: 'event',
    eventName,
    deliveryId: result.dedupKey ?? deliveryId,
    event: result.event,
  };
}

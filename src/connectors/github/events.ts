/**
 * Normalised GitHub events: only what a card needs, already capped in size (lists and
 * excerpts are bounded at normalisation so queued events stay small).
 * Every member has `source: 'github'` and a distinct `type`; `other` catches every event
 * name without a dedicated card. The members live in events/, grouped by subject.
 */
import type {
  GitHubCommitCommentEvent,
  GitHubForkEvent,
  GitHubPushEvent,
  GitHubRefEvent,
  GitHubReleaseEvent,
  GitHubTagEvent,
} from './events/code.js';
import type {
  GitHubCheckRunEvent,
  GitHubCheckSuiteEvent,
  GitHubDeploymentEvent,
  GitHubDeploymentStatusEvent,
  GitHubWorkflowJobEvent,
  GitHubWorkflowRunEvent,
} from './events/ci.js';
import type {
  GitHubDiscussionCommentEvent,
  GitHubDiscussionEvent,
  GitHubIssueCommentEvent,
  GitHubIssueEvent,
  GitHubLabelEvent,
  GitHubMilestoneEvent,
} from './events/issues.js';
import type { GitHubOtherEvent } from './events/other.js';
import type {
  GitHubMemberEvent,
  GitHubMembershipEvent,
  GitHubOrganizationEvent,
  GitHubStarEvent,
  GitHubTeamEvent,
} from './events/people.js';
import type {
  GitHubPullRequestEvent,
  GitHubReviewCommentEvent,
  GitHubReviewEvent,
  GitHubReviewThreadEvent,
} from './events/pull-requests.js';
import type {
  GitHubCodeScanningAlertEvent,
  GitHubDependabotAlertEvent,
  GitHubSecretScanningAlertEvent,
  GitHubSecurityAdvisoryEvent,
  GitHubVulnerabilityAlertEvent,
} from './events/security.js';

export type * from './events/ci.js';
export type * from './events/code.js';
export type * from './events/common.js';
export type * from './events/issues.js';
export type * from './events/other.js';
export type * from './events/people.js';
export type * from './events/pull-requests.js';
export type * from './events/security.js';

export type GitHubEvent =
  | GitHubPushEvent
  | GitHubTagEvent
  | GitHubRefEvent
  | GitHubForkEvent
  | GitHubCommitCommentEvent
  | GitHubReleaseEvent
  | GitHubPullRequestEvent
  | GitHubReviewEvent
  | GitHubReviewCommentEvent
  | GitHubReviewThreadEvent
  | GitHubIssueEvent
  | GitHubIssueCommentEvent
  | GitHubDiscussionEvent
  | GitHubDiscussionCommentEvent
  | GitHubMilestoneEvent
  | GitHubLabelEvent
  | GitHubWorkflowRunEvent
  | GitHubCheckRunEvent
  | GitHubCheckSuiteEvent
  | GitHubWorkflowJobEvent
  | GitHubDeploymentEvent
  | GitHubDeploymentStatusEvent
  | GitHubStarEvent
  | GitHubMemberEvent
  | GitHubMembershipEvent
  | GitHubTeamEvent
  | GitHubOrganizationEvent
  | GitHubCodeScanningAlertEvent
  | GitHubDependabotAlertEvent
  | GitHubSecretScanningAlertEvent
  | GitHubVulnerabilityAlertEvent
  | GitHubSecurityAdvisoryEvent
  | GitHubOtherEvent;

export type GitHubEventType = GitHubEvent['type'];

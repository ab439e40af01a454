import type { CardModel } from '../../../core/card-model.js';
import type { GitHubEvent } from '../events.js';
import { securityAdvisoryCard, vulnerabilityAlertCard } from './advisories.js';
import { codeScanningAlertCard, dependabotAlertCard, secretScanningAlertCard } from './alerts.js';
import { deploymentCard, deploymentStatusCard } from './deployments.js';
import { discussionCard, discussionCommentCard } from './discussions.js';
import { issueCard, issueCommentCard } from './issues.js';
import { checkSuiteCard, workflowJobCard } from './jobs.js';
import { labelCard, milestoneCard } from './labels.js';
import { otherCard } from './other.js';
import { memberCard, membershipCard, organizationCard, teamCard } from './people.js';
import { pullRequestCard } from './pull-request.js';
import { pushCard, tagCard } from './push.js';
import { commitCommentCard, forkCard, refCard } from './refs.js';
import { releaseCard } from './release.js';
import { reviewCard, reviewCommentCard, reviewThreadCard } from './reviews.js';
import { checkRunCard, workflowRunCard } from './runs.js';
import { starCard } from './star.js';

/** Pure: one normalised GitHub event → the presentation-neutral card. */
export function githubCard(event: GitHubEvent): CardModel {
  switch (event.type) {
    case 'push':
      return pushCard(event);
    case 'tag':
      return tagCard(event);
    case 'ref':
      return refCard(event);
    case 'fork':
      return forkCard(event);
    case 'commit_comment':
      return commitCommentCard(event);
    case 'release':
      return releaseCard(event);
    case 'pull_request':
      return pullRequestCard(event);
    case 'pull_request_review':
      return reviewCard(event);
    case 'pull_request_review_comment':
      return reviewCommentCard(event);
    case 'pull_request_review_thread':
      return reviewThreadCard(event);
    case 'issues':
      return issueCard(event);
    case 'issue_comment':
      return issueCommentCard(event);
    case 'discussion':
      return discussionCard(event);
    case 'discussion_comment':
      return discussionCommentCard(event);
    case 'milestone':
      return milestoneCard(event);
    case 'label':
      return labelCard(event);
    case 'workflow_run':
      return workflowRunCard(event);
    case 'check_run':
      return checkRunCard(event);
    case 'check_suite':
      return checkSuiteCard(event);
    case 'workflow_job':
      return workflowJobCard(event);
    case 'deployment':
      return deploymentCard(event);
    case 'deployment_status':
      return deploymentStatusCard(event);
    case 'star':
      return starCard(event);
    case 'member':
      return memberCard(event);
    case 'membership':
      return membershipCard(event);
    case 'team':
      return teamCard(event);
    case 'organization':
      return organizationCard(event);
    case 'code_scanning_alert':
      return codeScanningAlertCard(event);
    case 'dependabot_alert':
      return dependabotAlertCard(event);
    case 'secret_scanning_alert':
      return secretScanningAlertCard(event);
    case 'repository_vulnerability_alert':
      return vulnerabilityAlertCard(event);
    case 'security_advisory':
      return securityAdvisoryCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no GitHub card for ${JSON.stringify(unhandled)}`);
    }
  }
}

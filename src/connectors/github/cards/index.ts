import type { CardModel } from '../../../core/card-model.js';
import type { GitHubEvent } from '../events.js';
import { issueCard, issueCommentCard } from './issues.js';
import { otherCard } from './other.js';
import { pullRequestCard } from './pull-request.js';
import { pushCard, tagCard } from './push.js';
import { releaseCard } from './release.js';
import { checkRunCard, workflowRunCard } from './runs.js';
import { starCard } from './star.js';

/** Pure: one normalised GitHub event → the presentation-neutral card. */
export function githubCard(event: GitHubEvent): CardModel {
  switch (event.type) {
    case 'push':
      return pushCard(event);
    case 'tag':
      return tagCard(event);
    case 'pull_request':
      return pullRequestCard(event);
    case 'issues':
      return issueCard(event);
    case 'issue_comment':
      return issueCommentCard(event);
    case 'release':
      return releaseCard(event);
    case 'workflow_run':
      return workflowRunCard(event);
    case 'check_run':
      return checkRunCard(event);
    case 'star':
      return starCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no GitHub card for ${JSON.stringify(unhandled)}`);
    }
  }
}

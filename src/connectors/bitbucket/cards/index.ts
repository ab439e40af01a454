import type { CardModel } from '../../../core/card-model.js';
import type { BitbucketEvent } from '../events.js';
import { commitStatusCard } from './commit-status.js';
import { issueCard } from './issue.js';
import { otherCard } from './other.js';
import { pullRequestCard } from './pull-request.js';
import { pushCard } from './push.js';

/** Pure: one normalised Bitbucket event → the presentation-neutral card. */
export function bitbucketCard(event: BitbucketEvent): CardModel {
  switch (event.type) {
    case 'push':
      return pushCard(event);
    case 'pullrequest':
      return pullRequestCard(event);
    case 'issue':
      return issueCard(event);
    case 'commit_status':
      return commitStatusCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no Bitbucket card for ${JSON.stringify(unhandled)}`);
    }
  }
}

import type { CardModel } from '../../../core/card-model.js';
import type { GitLabEvent } from '../events.js';
import { issueCard, noteCard } from './issue.js';
import { mergeRequestCard } from './merge-request.js';
import { otherCard } from './other.js';
import { jobCard, pipelineCard } from './pipeline.js';
import { pushCard, tagCard } from './push.js';
import { deploymentCard, releaseCard } from './release.js';

/** Pure: one normalised GitLab event → the presentation-neutral card. */
export function gitlabCard(event: GitLabEvent): CardModel {
  switch (event.type) {
    case 'push':
      return pushCard(event);
    case 'tag_push':
      return tagCard(event);
    case 'merge_request':
      return mergeRequestCard(event);
    case 'pipeline':
      return pipelineCard(event);
    case 'job':
      return jobCard(event);
    case 'issue':
      return issueCard(event);
    case 'note':
      return noteCard(event);
    case 'release':
      return releaseCard(event);
    case 'deployment':
      return deploymentCard(event);
    case 'other':
      return otherCard(event);
    default: {
      const unhandled: never = event;
      throw new Error(`no GitLab card for ${JSON.stringify(unhandled)}`);
    }
  }
}

import type { CardModel } from '../../../core/card-model.js';
import type { AzureDevOpsEvent } from '../events.js';
import { buildCard } from './build.js';
import { messageCard } from './message.js';
import { pullRequestCard } from './pull-request.js';
import { pushCard } from './push.js';
import { deploymentCard } from './release.js';
import { runCard } from './run.js';
import { workItemCard } from './work-item.js';

export function azureDevOpsCard(e: AzureDevOpsEvent): CardModel {
  switch (e.kind) {
    case 'push':
      return pushCard(e);
    case 'pull_request':
      return pullRequestCard(e);
    case 'build':
      return buildCard(e);
    case 'work_item':
      return workItemCard(e);
    case 'deployment':
      return deploymentCard(e);
    case 'run':
      return runCard(e);
    case 'message':
      return messageCard(e);
  }
}

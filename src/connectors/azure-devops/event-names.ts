/**
 * The service hook event ids Azure DevOps documents for the Web Hooks consumer
 * (docs/service-hooks/events.md), as they arrive in the body's `eventType`. Each subscription
 * sends one of them; those without a dedicated card get one from the ready-made message.
 */
export const AZURE_DEVOPS_EVENTS = [
  'git.push',
  'git.pullrequest.created',
  'git.pullrequest.updated',
  'git.pullrequest.merged',
  'ms.vss-code.git-pullrequest-comment-event',
  'tfvc.checkin',
  'build.complete',
  'ms.vss-pipelines.run-state-changed-event',
  'ms.vss-pipelines.stage-state-changed-event',
  'ms.vss-pipelines.job-state-changed-event',
  'ms.vss-pipelinechecks-events.approval-pending',
  'ms.vss-pipelinechecks-events.approval-completed',
  'ms.vss-release.release-created-event',
  'ms.vss-release.release-abandoned-event',
  'ms.vss-release.deployment-approval-pending-event',
  'ms.vss-release.deployment-approval-completed-event',
  'ms.vss-release.deployment-started-event',
  'ms.vss-release.deployment-completed-event',
  'workitem.created',
  'workitem.updated',
  'workitem.commented',
  'workitem.deleted',
  'workitem.restored',
] as const;

export type AzureDevOpsEventName = (typeof AZURE_DEVOPS_EVENTS)[number];

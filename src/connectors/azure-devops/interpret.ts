import { z } from 'zod';
import { loose } from '../kit/schema.js';
import type { Outcome } from '../types.js';
import type { AdoBase, AzureDevOpsEvent } from './events.js';
import { readMessage } from './messages.js';
import { normalizeBuild } from './normalize/build.js';
import { normalizeRun } from './normalize/pipeline-run.js';
import { normalizePullRequest } from './normalize/pull-request.js';
import { normalizePush } from './normalize/push.js';
import { normalizeDeployment } from './normalize/release.js';
import { normalizeWorkItem } from './normalize/work-item.js';
import { envelopeSchema, name, type AdoEnvelope } from './schema.js';

type Normalizer = (resource: unknown, base: AdoBase) => AzureDevOpsEvent | undefined;

/** The events with a card of their own; a Map, so `constructor` finds nothing. */
const NORMALIZERS: ReadonlyMap<string, Normalizer> = new Map<string, Normalizer>([
  ['git.push', normalizePush],
  ['git.pullrequest.created', (r, b) => normalizePullRequest(r, b, 'created')],
  ['git.pullrequest.updated', (r, b) => normalizePullRequest(r, b, 'updated')],
  ['git.pullrequest.merged', (r, b) => normalizePullRequest(r, b, 'merged')],
  ['ms.vss-code.git-pullrequest-comment-event', (r, b) => normalizePullRequest(r, b, 'commented')],
  ['build.complete', normalizeBuild],
  ['ms.vss-pipelines.run-state-changed-event', (r, b) => normalizeRun(r, b, false)],
  ['ms.vss-pipelines.stage-state-changed-event', (r, b) => normalizeRun(r, b, true)],
  ['ms.vss-release.deployment-started-event', (r, b) => normalizeDeployment(r, b, 'started')],
  ['ms.vss-release.deployment-completed-event', (r, b) => normalizeDeployment(r, b, 'completed')],
  ['workitem.created', (r, b) => normalizeWorkItem(r, b, 'created')],
  ['workitem.updated', (r, b) => normalizeWorkItem(r, b, 'updated')],
  ['workitem.commented', (r, b) => normalizeWorkItem(r, b, 'commented')],
  ['workitem.deleted', (r, b) => normalizeWorkItem(r, b, 'deleted')],
  ['workitem.restored', (r, b) => normalizeWorkItem(r, b, 'restored')],
]);

/** The de-duplication key is stored per event; Azure DevOps' ids are GUIDs and counters. */
export const DELIVERY_ID_MAX = 128;

/**
 * Azure DevOps documents no delivery header. A notification is one subscription's numbered
 * send of one event, and a retry repeats both numbers; older payloads (and the samples the
 * settings page's "Test" button sends) carry only the event `id`.
 */
export function deliveryIdOf(envelope: AdoEnvelope): string | undefined {
  const { subscriptionId, notificationId, id } = envelope;
  const key =
    subscriptionId !== undefined && notificationId !== undefined
      ? `${subscriptionId}:${notificationId}`
      : id;
  return key !== undefined && key.length > 0 && key.length <= DELIVERY_ID_MAX ? key : undefined;
}

/**
 * Any service hook event becomes a card: those with a dedicated card when their resource
 * carries what it needs, every other one (and any sent with `resourceDetailsToSend: none`)
 * from the ready-made message. Only a body without `eventType` is refused.
 */
export function interpretAzureDevOps(payload: unknown): Outcome<AzureDevOpsEvent> {
  const parsed = envelopeSchema.safeParse(payload);
  if (!parsed.success) {
    // Not quoted back: the body may be unsigned, and messages reach logs.
    return {
      kind: 'malformed',
      message:
        'not an Azure DevOps service hook event: eventType is required, an event id such as ' +
        'git.push',
    };
  }
  const envelope = parsed.data;
  const eventName = envelope.eventType;
  const base: AdoBase = {
    source: 'azure-devops',
    eventType: eventName,
    message: readMessage(envelope),
    ...(envelope.createdDate ? { at: envelope.createdDate } : {}),
  };
  const normalize = NORMALIZERS.get(eventName);
  const resource = envelope.resource;
  const event = (resource && normalize?.(resource, base)) || {
    ...base,
    kind: 'message' as const,
    publisher: envelope.publisherId,
    project: projectOf(resource),
  };
  return { kind: 'event', eventName, deliveryId: deliveryIdOf(envelope), event };
}

const named = loose(z.object({ name }));

/** Where resources without a card of their own name their project, if they do. */
const projectHolder = z.object({
  project: named,
  repository: loose(z.object({ project: named })),
  pullRequest: loose(z.object({ repository: loose(z.object({ project: named })) })),
});

function projectOf(resource: unknown): string | undefined {
  const parsed = projectHolder.safeParse(resource);
  if (!parsed.success) return undefined;
  const { project, repository, pullRequest } = parsed.data;
  return project?.name ?? repository?.project?.name ?? pullRequest?.repository?.project?.name;
}

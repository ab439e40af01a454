import { createHash } from 'node:crypto';
import type { IngestRequest, Outcome } from '../types.js';
import { needsObjectKind } from './event-names.js';
import type { GitLabEvent } from './events.js';
import { normalizeIssue } from './normalize/issue.js';
import { normalizeMergeRequest } from './normalize/merge-request.js';
import { normalizeNote } from './normalize/note.js';
import { normalizeOther } from './normalize/other.js';
import { normalizeJob, normalizePipeline } from './normalize/pipeline.js';
import { normalizePush, normalizeTagPush } from './normalize/push.js';
import { normalizeDeployment, normalizeRelease } from './normalize/release.js';
import type { NormalizeResult } from './normalize/result.js';

type Normalizer = (payload: unknown) => NormalizeResult;

/** `X-Gitlab-Event` is "<Words> Hook": `Push Hook`, `Confidential Note Hook`. */
const EVENT_NAME = /^[A-Za-z][A-Za-z ]{0,58} Hook$/;

/**
 * Where GitLab names the delivery, best first: `Idempotency-Key` (17.4+) stays the same when
 * a delivery is retried or resent; `X-Gitlab-Event-UUID` names the triggering event;
 * `webhook-id` is the Idempotency-Key again, sent with a signing token.
 */
const DELIVERY_HEADERS = ['idempotency-key', 'x-gitlab-event-uuid', 'webhook-id'] as const;
const DELIVERY_ID = /^[\x21-\x7e]{1,128}$/;

/**
 * Cards by `object_kind`, which names the payload's shape whichever hook carried it: a
 * system hook's push is a push. A Map, so a kind like "constructor" finds nothing.
 */
const NORMALIZERS: ReadonlyMap<string, Normalizer> = new Map<string, Normalizer>([
  ['push', normalizePush],
  ['tag_push', normalizeTagPush],
  ['merge_request', normalizeMergeRequest],
  ['pipeline', normalizePipeline],
  ['build', normalizeJob],
  ['issue', (payload) => normalizeIssue(payload, 'issue')],
  ['work_item', (payload) => normalizeIssue(payload, 'work_item')],
  ['note', normalizeNote],
  ['release', normalizeRelease],
  ['deployment', normalizeDeployment],
]);

/** Without any of them (a proxy dropped them), the exact bytes, which a retry repeats. */
function deliveryId(req: IngestRequest): string {
  for (const header of DELIVERY_HEADERS) {
    const value = req.headers[header]?.trim();
    if (value && DELIVERY_ID.test(value)) return value;
  }
  return `body-${createHash('sha256').update(req.rawBody).digest('hex')}`;
}

function objectKind(payload: object): string | undefined {
  const kind: unknown = Object.hasOwn(payload, 'object_kind')
    ? (payload as Record<string, unknown>).object_kind
    : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * Turns a parsed GitLab payload into an event or a malformed verdict. The event name is the
 * `X-Gitlab-Event` value, which is what connector filters list: it tells confidential issues
 * and comments (`Confidential Issue Hook`) from the others, which `object_kind` does not.
 */
export function interpretGitLab(payload: unknown, req: IngestRequest): Outcome<GitLabEvent> {
  const eventName = req.headers['x-gitlab-event']?.trim();
  if (!eventName) return { kind: 'malformed', message: 'X-Gitlab-Event header is missing' };
  if (!EVENT_NAME.test(eventName)) {
    return { kind: 'malformed', message: 'X-Gitlab-Event header is not a GitLab hook name' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: `${eventName} payload is not a JSON object` };
  }
  const kind = objectKind(payload);
  if (kind === undefined && needsObjectKind(eventName)) {
    return { kind: 'malformed', message: `${eventName} payload is missing object_kind` };
  }
  const normalize = kind === undefined ? undefined : NORMALIZERS.get(kind);
  const result = normalize ? normalize(payload) : normalizeOther(payload, eventName);
  if (result.kind === 'malformed') return result;
  if (result.kind === 'ignored') return { kind: 'ignored', eventName, reason: result.reason };
  return { kind: 'event', eventName, deliveryId: deliveryId(req), event: result.event };
}

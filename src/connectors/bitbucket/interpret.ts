import { createHash } from 'node:crypto';
import type { IngestRequest, Outcome } from '../types.js';
import type { BitbucketEvent } from './events.js';
import { normalizeCommitStatus } from './normalize/commit-status.js';
import { normalizeIssue } from './normalize/issue.js';
import { normalizeOther } from './normalize/other.js';
import { normalizePullRequest } from './normalize/pull-request.js';
import { normalizePush } from './normalize/push.js';
import type { NormalizeResult } from './normalize/result.js';

/** `<category>:<action>` in lower case: `repo:push`, `pullrequest:comment_created`. */
const EVENT_KEY = /^([a-z][a-z_]{0,30}):([a-z][a-z_]{0,40})$/;
const DELIVERY_ID = /^[\x21-\x7e]{1,128}$/;

function normalize(payload: unknown, key: string, category: string, action: string) {
  if (key === 'repo:push') return normalizePush(payload);
  if (key === 'repo:commit_status_created' || key === 'repo:commit_status_updated') {
    return normalizeCommitStatus(payload, key);
  }
  if (category === 'pullrequest') return normalizePullRequest(payload, action);
  if (category === 'issue') return normalizeIssue(payload, action);
  return normalizeOther(payload, key);
}

/**
 * The delivery's `X-Request-UUID`. Bitbucket does not say whether a retry keeps it; without
 * one, the event key and the exact bytes name the delivery, which a retry repeats.
 */
function deliveryId(req: IngestRequest, key: string): string {
  const uuid = req.headers['x-request-uuid']?.trim();
  if (uuid && DELIVERY_ID.test(uuid)) return uuid;
  const digest = createHash('sha256').update(`${key}\n`).update(req.rawBody).digest('hex');
  return `body-${digest}`;
}

/** Turns a parsed Bitbucket Cloud payload into an event, an ignored one or a malformed verdict. */
export function interpretBitbucket(payload: unknown, req: IngestRequest): Outcome<BitbucketEvent> {
  const key = req.headers['x-event-key']?.trim();
  if (!key) {
    return {
      kind: 'malformed',
      message: 'X-Event-Key header is missing: Bitbucket names the event only there',
    };
  }
  const match = EVENT_KEY.exec(key);
  if (!match)
    return { kind: 'malformed', message: 'X-Event-Key header is not a Bitbucket event key' };
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { kind: 'malformed', message: `${key} payload is not a JSON object` };
  }
  const [, category = '', action = ''] = match;
  const result: NormalizeResult = normalize(payload, key, category, action);
  if (result.kind === 'malformed') return result;
  if (result.kind === 'ignored') return { kind: 'ignored', eventName: key, reason: result.reason };
  return { kind: 'event', eventName: key, deliveryId: deliveryId(req, key), event: result.event };
}

import { z } from 'zod';
import { cappedString, loose } from '../../kit/schema.js';
import type { AdoBase, AdoBuildEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import { identity, name, tolerantHead, webLinks, webPage, word } from '../schema.js';

const build = z.object({
  definition: loose(z.object({ name })),
  buildNumber: name,
  /** Older payloads put the result here; newer ones say `completed` and use `result`. */
  status: word,
  result: word,
  reason: word,
  sourceBranch: name,
  sourceVersion: word,
  /** XAML-era builds: `LG:refs/heads/master:<sha>`. */
  sourceGetVersion: loose(cappedString(LIMITS.name * 3)),
  requestedFor: identity,
  requests: tolerantHead(z.object({ requestedFor: identity }), 1),
  lastChangedBy: identity,
  startTime: word,
  finishTime: word,
  _links: webLinks,
});

/** `LG:refs/heads/master:600c52d…` → branch and commit. */
function fromGetVersion(version: string | undefined): { branch?: string; commit?: string } {
  const match = version?.match(/^LG:(.+):([0-9a-f]{7,64})$/i);
  if (!match) return {};
  return { branch: match[1], commit: match[2] };
}

const shortBranch = (ref: string | undefined) => ref?.replace(/^refs\/heads\//, '');

/** `build.complete`: which pipeline, which build, how it ended, for whom, on what. */
export function normalizeBuild(resource: unknown, base: AdoBase): AdoBuildEvent | undefined {
  const parsed = build.safeParse(resource);
  if (!parsed.success) return undefined;
  const b = parsed.data;
  if (b.definition?.name === undefined && b.buildNumber === undefined) return undefined;
  const legacy = fromGetVersion(b.sourceGetVersion);
  return {
    ...base,
    kind: 'build',
    definition: b.definition?.name,
    buildNumber: b.buildNumber,
    result: b.result ?? (b.status === 'completed' ? undefined : b.status),
    reason: b.reason,
    branch: shortBranch(b.sourceBranch ?? legacy.branch),
    commit: b.sourceVersion ?? legacy.commit,
    requestedFor: b.requestedFor ?? b.requests[0]?.requestedFor ?? b.lastChangedBy,
    startedAt: b.startTime,
    finishedAt: b.finishTime,
    url: webPage(b._links) ?? base.message.url,
  };
}

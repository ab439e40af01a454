import type { Accent, CardLink } from '../../../core/card-model.js';
import { shortSha } from '../../../core/text.js';
import type { CircleCIContext } from '../events.js';

/** Shared wording for CircleCI cards. Pure; all output is plain text. */

export const SOURCE = 'CircleCI';

export { capitalize, facts } from '../../kit/wording.js';
export { formatTime as utc } from '../../kit/wording.js';

/*
 * Workflow and job statuses (https://circleci.com/docs/webhooks-reference/). Maps: a status
 * like "constructor" from the body finds nothing.
 */
const PHRASES: ReadonlyMap<string, string> = new Map([
  ['success', 'succeeded'],
  ['failed', 'failed'],
  ['error', 'errored'],
  ['failing', 'is failing'],
  ['canceled', 'was canceled'],
  ['unauthorized', 'was not authorized'],
  ['not_run', 'did not run'],
  ['infrastructure_fail', 'failed (infrastructure)'],
  ['timedout', 'timed out'],
  ['terminated-unknown', 'was terminated'],
  ['on_hold', 'is on hold'],
  ['running', 'is running'],
]);

const ACCENTS: ReadonlyMap<string, Accent> = new Map<string, Accent>([
  ['success', 'good'],
  ['failed', 'attention'],
  ['error', 'attention'],
  ['failing', 'attention'],
  ['infrastructure_fail', 'attention'],
  ['timedout', 'attention'],
  ['unauthorized', 'warning'],
  ['terminated-unknown', 'warning'],
  ['on_hold', 'accent'],
  ['running', 'accent'],
  ['canceled', 'default'],
  ['not_run', 'default'],
]);

export function statusPhrase(status: string | undefined): string {
  if (status === undefined) return 'finished';
  return PHRASES.get(status) ?? `finished: ${status.replace(/[_-]+/g, ' ')}`;
}

export function statusAccent(status: string | undefined): Accent {
  return (status && ACCENTS.get(status)) || 'default';
}

/** `main @ a5e30a9`, `tag v1.2.0 @ a5e30a9`, or whichever part is known. */
export function refAt(ctx: CircleCIContext): string | undefined {
  const { branch, tag, sha } = ctx.code;
  const ref = tag ? `tag ${tag}` : branch;
  const short = sha ? shortSha(sha) : undefined;
  if (ref && short) return `${ref} @ ${short}`;
  return ref ?? short;
}

/** `a5e30a9 Fix the build`: the commit as a fact. */
export function commitText(ctx: CircleCIContext): string | undefined {
  const { sha, subject } = ctx.code;
  if (sha === undefined) return subject;
  return subject ? `${shortSha(sha)} ${subject}` : shortSha(sha);
}

/** "Pipeline #4 on main by Ada", with whatever parts are known. */
export function pipelineLine(ctx: CircleCIContext): string | undefined {
  const parts: string[] = [];
  if (ctx.pipelineNumber !== undefined) parts.push(`Pipeline #${ctx.pipelineNumber}`);
  const ref = ctx.code.tag ? `tag ${ctx.code.tag}` : ctx.code.branch;
  if (ref) parts.push(`${parts.length ? 'on' : 'On'} ${ref}`);
  if (ctx.code.author) parts.push(`${parts.length ? 'by' : 'By'} ${ctx.code.author}`);
  return parts.length ? parts.join(' ') : undefined;
}

export function commitLink(ctx: CircleCIContext): CardLink[] {
  return ctx.code.commitUrl ? [{ title: 'View commit', url: ctx.code.commitUrl }] : [];
}

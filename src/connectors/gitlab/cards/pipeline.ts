import type { CardList, CardLink, CardModel } from '../../../core/card-model.js';
import type { GitLabJobEvent, GitLabPipelineEvent } from '../events.js';
import {
  SOURCE,
  duration,
  facts,
  projectTag,
  refAt,
  snakeToWords,
  statusAccent,
  statusPhrase,
} from './common.js';

export function pipelineCard(e: GitLabPipelineEvent): CardModel {
  const where = `${e.tag ? 'tag' : 'branch'} ${e.ref}`;
  const title = `${projectTag(e.project)} Pipeline #${e.id} ${statusPhrase(e.status)} on ${where}`;
  const links: CardLink[] = [{ title: 'View pipeline', url: e.url }];
  if (e.commit?.url) links.push({ title: 'View commit', url: e.commit.url });
  if (e.mergeRequest?.url) links.push({ title: 'View merge request', url: e.mergeRequest.url });
  const commit = e.commit?.subject
    ? `${e.commit.subject}${e.commit.author ? ` (${e.commit.author})` : ''}`
    : undefined;
  return {
    source: SOURCE,
    summary: e.actor ? `${title} (triggered by ${e.actor})` : title,
    title,
    titleUrl: e.url,
    subtitle: e.actor ? `Triggered by ${e.actor}` : undefined,
    accent: statusAccent(e.status),
    facts: facts(
      ['Status', snakeToWords(e.status)],
      ['Ref', refAt(e.ref, e.sha)],
      ['Name', e.name],
      ['Commit', commit],
      [
        'Merge request',
        e.mergeRequest ? `!${e.mergeRequest.iid}: ${e.mergeRequest.title}` : undefined,
      ],
      ['Source', e.source ? snakeToWords(e.source) : undefined],
      ['Duration', e.status === 'running' ? undefined : duration(e.duration)],
    ),
    list: failedList(e),
    links,
  };
}

function failedList(e: GitLabPipelineEvent): CardList | undefined {
  if (e.failedJobs.length === 0) return undefined;
  return {
    label: 'failed jobs',
    items: e.failedJobs.map((job) => ({
      ...(job.stage ? { code: job.stage } : {}),
      text: job.name,
      detail: job.allowFailure ? 'failed, allowed to fail' : 'failed',
      ...(job.url ? { url: job.url } : {}),
    })),
    total: Math.max(e.failedTotal, e.failedJobs.length),
    moreUrl: e.url,
  };
}

export function jobCard(e: GitLabJobEvent): CardModel {
  const title = `${projectTag(e.project)} Job ${e.name} ${statusPhrase(e.status)}`;
  // A job allowed to fail does not fail its pipeline: a warning, not an alarm.
  const accent = e.status === 'failed' && e.allowFailure ? 'warning' : statusAccent(e.status);
  return {
    source: SOURCE,
    summary: e.actor ? `${title} (triggered by ${e.actor})` : title,
    title,
    titleUrl: e.url,
    subtitle: e.actor ? `Triggered by ${e.actor}` : undefined,
    accent,
    facts: facts(
      ['Status', snakeToWords(e.status)],
      ['Stage', e.stage],
      ['Ref', refAt(e.ref, e.sha)],
      ['Reason', e.failureReason ? snakeToWords(e.failureReason) : undefined],
      ['Allowed to fail', e.allowFailure ? 'yes' : undefined],
      ['Duration', duration(e.duration)],
      ['Pipeline', e.pipelineId === undefined ? undefined : `#${e.pipelineId}`],
    ),
    links: [{ title: 'View job', url: e.url }],
  };
}

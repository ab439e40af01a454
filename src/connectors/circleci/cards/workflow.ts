import type { CardModel } from '../../../core/card-model.js';
import { durationText } from '../duration.js';
import type { CircleCIJobEvent, CircleCIWorkflowEvent } from '../events.js';
import {
  SOURCE,
  commitLink,
  commitText,
  facts,
  pipelineLine,
  statusAccent,
  statusPhrase,
  utc,
} from './common.js';

export function workflowCard(e: CircleCIWorkflowEvent): CardModel {
  const title = `[${e.project}] Workflow ${e.workflow} ${statusPhrase(e.status)}`;
  const subtitle = pipelineLine(e);
  return {
    source: SOURCE,
    summary: subtitle ? `${title} (${subtitle})` : title,
    title,
    titleUrl: e.url,
    subtitle,
    accent: statusAccent(e.status),
    facts: facts(
      ['Status', e.status],
      ['Project', e.projectName],
      ['Pipeline', e.pipelineNumber === undefined ? undefined : `#${e.pipelineNumber}`],
      [e.code.tag ? 'Tag' : 'Branch', e.code.tag ?? e.code.branch],
      ['Commit', commitText(e)],
      ['Author', e.code.author],
      ['Duration', durationText(e.durationMs)],
      ['Trigger', e.trigger],
      ['Finished', utc(e.stoppedAt)],
    ),
    links: [...(e.url ? [{ title: 'View workflow', url: e.url }] : []), ...commitLink(e)],
  };
}

export function jobCard(e: CircleCIJobEvent): CardModel {
  const number = e.jobNumber === undefined ? '' : ` #${e.jobNumber}`;
  const title = `[${e.project}] Job ${e.job}${number} ${statusPhrase(e.status)}`;
  const pipeline = pipelineLine(e);
  const subtitle = e.workflow
    ? `Workflow ${e.workflow}${pipeline ? ` · ${pipeline}` : ''}`
    : pipeline;
  const url = e.jobUrl ?? e.workflowUrl;
  return {
    source: SOURCE,
    summary: subtitle ? `${title} (${subtitle})` : title,
    title,
    titleUrl: url,
    subtitle,
    accent: statusAccent(e.status),
    facts: facts(
      ['Status', e.status],
      ['Project', e.projectName],
      ['Workflow', e.workflow],
      ['Pipeline', e.pipelineNumber === undefined ? undefined : `#${e.pipelineNumber}`],
      [e.code.tag ? 'Tag' : 'Branch', e.code.tag ?? e.code.branch],
      ['Commit', commitText(e)],
      ['Author', e.code.author],
      ['Duration', durationText(e.durationMs)],
      ['Finished', utc(e.stoppedAt)],
    ),
    links: [
      ...(e.jobUrl ? [{ title: 'View job', url: e.jobUrl }] : []),
      ...(e.workflowUrl ? [{ title: 'View workflow', url: e.workflowUrl }] : []),
      ...commitLink(e),
    ],
  };
}

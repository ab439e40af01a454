import { z } from 'zod';
import { integer, line, loose, validate } from '../kit/schema.js';
import { codeOf, projectName } from './code.js';
import { durationMs } from './duration.js';
import type {
  CircleCIContext,
  CircleCIJobEvent,
  CircleCIOtherEvent,
  CircleCIWorkflowEvent,
} from './events.js';
import { LIMITS } from './limits.js';
import { link, pipeline, project, text, word, workflow } from './schema.js';

export type Normalized<E> = { kind: 'event'; event: E } | { kind: 'malformed'; message: string };

const workflowCompleted = z.object({
  project,
  workflow,
  pipeline: loose(pipeline),
});

function context(
  p: z.output<typeof project>,
  pipe: z.output<typeof pipeline> | undefined,
): CircleCIContext {
  const name = projectName(p);
  return {
    project: name,
    ...(p.name && p.name !== name ? { projectName: p.name } : {}),
    pipelineNumber: pipe?.number,
    trigger: pipe?.trigger?.type,
    code: codeOf(pipe),
  };
}

export function normalizeWorkflow(payload: unknown): Normalized<CircleCIWorkflowEvent> {
  const parsed = validate(workflowCompleted, payload, 'workflow-completed');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { project: p, workflow: w, pipeline: pipe } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'circleci',
      type: 'workflow',
      ...context(p, pipe),
      workflow: w.name,
      status: w.status,
      url: w.url,
      durationMs: durationMs(w.created_at, w.stopped_at),
      stoppedAt: w.stopped_at,
    },
  };
}

const jobCompleted = z.object({
  project,
  workflow: workflow.partial({ name: true }),
  pipeline: loose(pipeline),
  job: z.object({
    name: line(LIMITS.name),
    number: loose(integer()),
    status: word,
    started_at: text(40),
    stopped_at: text(40),
  }),
});

/** A workflow's page ends in `/workflows/<uuid>`; its jobs' pages add `/jobs/<number>`. */
const WORKFLOW_PAGE = /\/workflows\/[0-9a-f-]{36}$/i;

export function normalizeJob(payload: unknown): Normalized<CircleCIJobEvent> {
  const parsed = validate(jobCompleted, payload, 'job-completed');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { project: p, workflow: w, pipeline: pipe, job } = parsed.data;
  const jobUrl =
    w.url && job.number !== undefined && WORKFLOW_PAGE.test(w.url)
      ? `${w.url}/jobs/${job.number}`
      : undefined;
  return {
    kind: 'event',
    event: {
      source: 'circleci',
      type: 'job',
      ...context(p, pipe),
      job: job.name,
      jobNumber: job.number,
      status: job.status,
      workflow: w.name,
      workflowUrl: w.url,
      jobUrl,
      durationMs: durationMs(job.started_at, job.stopped_at),
      stoppedAt: job.stopped_at,
    },
  };
}

const other = z.object({
  project: loose(project),
  workflow: loose(z.object({ status: word, url: link })),
  pipeline: loose(z.object({ number: loose(integer()) })),
});

/** Event types CircleCI may add: never refused for their shape. */
export function normalizeOther(payload: unknown, event: string): CircleCIOtherEvent {
  const parsed = other.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  return {
    source: 'circleci',
    type: 'other',
    event,
    project: p.project ? projectName(p.project) : undefined,
    status: p.workflow?.status,
    url: p.workflow?.url,
    pipelineNumber: p.pipeline?.number,
  };
}

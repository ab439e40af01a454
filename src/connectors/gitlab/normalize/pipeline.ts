import { z } from 'zod';
import { anyArray, httpUrl, integer, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import type { GitLabJobRef } from '../events.js';
import { actor, commit, optionalText, optionalUrl, optionalWord, project, sha } from '../schema.js';
import { jobUrl, pipelineUrl } from '../urls.js';
import { malformed, type NormalizeResult } from './result.js';

/**
 * Pipelines report every status change. Before a pipeline runs it is only waiting: the
 * `running` card says it started and the final one says how it ended.
 */
const WAITING = new Set(['created', 'waiting_for_resource', 'preparing', 'pending']);

/** A number GitLab may send as a float (`17.0`) or null: only a duration, so loose. */
const seconds = loose(
  z
    .number()
    .nullish()
    .transform((n) => (n != null && Number.isFinite(n) && n >= 0 ? n : undefined)),
);

const build = z.object({
  id: loose(integer()),
  name: line(LIMITS.name),
  stage: loose(line(LIMITS.name)),
  status: line(LIMITS.token),
  allow_failure: loose(z.boolean().nullish()),
});

const pipeline = z.object({
  object_attributes: z.object({
    id: integer(),
    name: optionalText(LIMITS.title),
    ref: line(LIMITS.name * 2),
    tag: loose(z.boolean().nullish()),
    sha,
    status: line(LIMITS.token),
    source: optionalWord,
    duration: seconds,
    url: optionalUrl,
  }),
  merge_request: loose(
    z.object({ iid: integer(), title: line(LIMITS.title), url: optionalUrl }).nullish(),
  ),
  user: actor,
  project,
  commit: loose(commit.nullish()),
  builds: anyArray.nullish().catch(undefined),
});

/** The failed jobs among the first `LIMITS.builds`; a job of another shape is skipped. */
function failedJobs(builds: unknown[], projectUrl: string) {
  const failed: GitLabJobRef[] = [];
  let total = 0;
  for (const raw of builds.slice(0, LIMITS.builds)) {
    const job = build.safeParse(raw);
    if (!job.success || job.data.status !== 'failed') continue;
    total += 1;
    if (failed.length === LIMITS.failedJobs) continue;
    const { id, name, stage, status, allow_failure: allowFailure } = job.data;
    failed.push({
      name,
      stage: stage || undefined,
      status,
      allowFailure: allowFailure === true,
      url: id === undefined ? undefined : jobUrl(projectUrl, id),
    });
  }
  return { failed, total };
}

/** `Pipeline Hook`: a pipeline started, or ended one way or another. */
export function normalizePipeline(payload: unknown): NormalizeResult {
  const parsed = validate(pipeline, payload, 'pipeline');
  if (!parsed.ok) return malformed(parsed.message);
  const { object_attributes: run, ...p } = parsed.data;
  if (WAITING.has(run.status)) {
    return { kind: 'ignored', reason: `pipeline ${run.status}: posted once it runs` };
  }
  const jobs = failedJobs(p.builds ?? [], p.project.url);
  return {
    kind: 'event',
    event: {
      type: 'pipeline',
      project: p.project,
      id: run.id,
      name: run.name,
      status: run.status,
      ref: run.ref,
      tag: run.tag === true,
      sha: run.sha,
      source: run.source,
      actor: p.user,
      duration: run.duration,
      url: run.url ?? pipelineUrl(p.project.url, run.id),
      commit: p.commit ?? undefined,
      mergeRequest: p.merge_request ?? undefined,
      failedJobs: jobs.failed,
      failedTotal: jobs.total,
    },
  };
}

/** Statuses a job card is posted for: how it ended, or that it waits for someone. */
const JOB_POSTED = new Set(['success', 'failed', 'canceled', 'manual']);

const job = z.object({
  build_id: integer(),
  build_name: line(LIMITS.name),
  build_stage: loose(line(LIMITS.name)),
  build_status: line(LIMITS.token),
  build_duration: seconds,
  build_failure_reason: optionalWord,
  build_allow_failure: loose(z.boolean().nullish()),
  ref: loose(line(LIMITS.name * 2)),
  sha: loose(sha),
  pipeline_id: loose(integer()),
  user: actor,
  // Newer payloads carry `project`; older ones only `project_name` and `repository.homepage`.
  project: loose(project),
  project_name: loose(line(LIMITS.path)),
  repository: loose(z.object({ homepage: httpUrl })),
});

/** `Job Hook`: one job of a pipeline finished (or waits for a manual start). */
export function normalizeJob(payload: unknown): NormalizeResult {
  const parsed = validate(job, payload, 'build');
  if (!parsed.ok) return malformed(parsed.message);
  const j = parsed.data;
  const where =
    j.project ??
    (j.project_name && j.repository
      ? { path: j.project_name, url: j.repository.homepage }
      : undefined);
  if (!where) return malformed('build payload is missing project');
  if (!JOB_POSTED.has(j.build_status)) {
    return { kind: 'ignored', reason: `job ${j.build_status}: only finished jobs are posted` };
  }
  return {
    kind: 'event',
    event: {
      type: 'job',
      project: where,
      id: j.build_id,
      name: j.build_name,
      stage: j.build_stage || undefined,
      status: j.build_status,
      ref: j.ref || undefined,
      sha: j.sha,
      actor: j.user,
      duration: j.build_duration,
      // GitLab reports a reason on every job, `unknown_failure` even on success.
      failureReason: j.build_status === 'failed' ? j.build_failure_reason : undefined,
      allowFailure: j.build_allow_failure === true,
      pipelineId: j.pipeline_id,
      url: jobUrl(where.url, j.build_id),
    },
  };
}

import { z } from 'zod';
import { httpUrl, line, loose, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { branchName, repository, sha, word } from '../schema.js';
import { commitChecksUrl } from '../urls.js';
import type { NormalizeResult } from '../normalize-result.js';

/**
 * Check suites and workflow jobs, posted like runs (normalize/runs.ts): GitHub reports each
 * one as requested, queued, in progress and completed, and only the finished one is news.
 */

const checkSuite = z.object({
  action: line(LIMITS.token),
  check_suite: z.object({
    conclusion: word,
    head_branch: branchName,
    head_sha: sha,
    app: loose(z.object({ name: prose(LIMITS.name) }).nullish()),
  }),
  repository,
});

export function normalizeCheckSuite(payload: unknown): NormalizeResult {
  const parsed = validate(checkSuite, payload, 'check_suite');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, check_suite: suite, repository: repo } = parsed.data;
  // `rerequested` carries the old result of a suite that is about to run again.
  if (action !== 'completed')
    return { kind: 'ignored', reason: `check suite ${action}: only completed suites are posted` };
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'check_suite',
      repo,
      conclusion: suite.conclusion,
      branch: suite.head_branch,
      headSha: suite.head_sha,
      app: suite.app?.name,
      url: commitChecksUrl(repo.url, suite.head_sha),
    },
  };
}

const workflowJob = z.object({
  action: line(LIMITS.token),
  workflow_job: z.object({
    name: line(LIMITS.name),
    workflow_name: loose(prose(LIMITS.name)),
    conclusion: word,
    head_branch: loose(branchName),
    head_sha: sha,
    runner_name: loose(prose(LIMITS.name)),
    html_url: httpUrl,
  }),
  repository,
});

export function normalizeWorkflowJob(payload: unknown): NormalizeResult {
  const parsed = validate(workflowJob, payload, 'workflow_job');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, workflow_job: job, repository: repo } = parsed.data;
  if (action !== 'completed')
    return { kind: 'ignored', reason: `workflow job ${action}: only completed jobs are posted` };
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'workflow_job',
      repo,
      name: job.name,
      workflow: job.workflow_name,
      conclusion: job.conclusion,
      branch: job.head_branch,
      headSha: job.head_sha,
      runner: job.runner_name,
      url: job.html_url,
    },
  };
}

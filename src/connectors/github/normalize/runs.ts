import { z } from 'zod';
import { httpUrl, integer, line, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { branchName, login, repository, sha, word } from '../schema.js';
import { type NormalizeResult } from '../normalize-result.js';

const workflowRun = z.object({
  action: line(LIMITS.token),
  workflow: z.object({ name: prose(LIMITS.name) }).nullish(),
  workflow_run: z.object({
    // May be "" (as in GitHub's own sample); the workflow's name is the fallback.
    name: prose(LIMITS.name),
    display_title: prose(LIMITS.title),
    status: word,
    conclusion: word,
    head_branch: branchName,
    head_sha: sha,
    event: line(LIMITS.token),
    run_number: integer(),
    html_url: httpUrl,
    actor: login.nullish(),
  }),
  repository,
});

export function normalizeWorkflowRun(payload: unknown): NormalizeResult {
  const parsed = validate(workflowRun, payload, 'workflow_run');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, workflow, workflow_run: run, repository: repo } = parsed.data;
  // GitHub sends requested, in_progress and completed for every run: one card per run is
  // what people want in a channel, so only the finished run is posted.
  if (action !== 'completed')
    return { kind: 'ignored', reason: `workflow run ${action}: only completed runs are posted` };
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'workflow_run',
      repo,
      action,
      workflow: run.name ?? workflow?.name ?? 'workflow',
      title: run.display_title,
      status: run.status,
      conclusion: run.conclusion,
      branch: run.head_branch,
      headSha: run.head_sha,
      trigger: run.event,
      runNumber: run.run_number,
      url: run.html_url,
      actor: run.actor?.login,
    },
  };
}

const checkRun = z.object({
  action: line(LIMITS.token),
  check_run: z.object({
    name: line(LIMITS.name),
    status: word,
    conclusion: word,
    head_sha: sha,
    html_url: httpUrl,
    check_suite: z.object({ head_branch: branchName }).nullish(),
    app: z.object({ name: prose(LIMITS.name) }).nullish(),
    output: z.object({ title: prose(LIMITS.title), summary: prose(LIMITS.body) }).nullish(),
  }),
  repository,
});

export function normalizeCheckRun(payload: unknown): NormalizeResult {
  const parsed = validate(checkRun, payload, 'check_run');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, check_run: check, repository: repo } = parsed.data;
  if (action !== 'completed')
    return { kind: 'ignored', reason: `check run ${action}: only completed checks are posted` };
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'check_run',
      repo,
      action,
      name: check.name,
      status: check.status,
      conclusion: check.conclusion,
      branch: check.check_suite?.head_branch,
      headSha: check.head_sha,
      app: check.app?.name,
      outputTitle: check.output?.title,
      outputSummary: check.output?.summary,
      url: check.html_url,
    },
  };
}

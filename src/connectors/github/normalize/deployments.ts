import { z } from 'zod';
import { httpUrl, line, loose, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { login, repository, sha } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

const deployment = z.object({
  environment: line(LIMITS.name),
  ref: line(LIMITS.name * 2),
  sha,
  task: loose(prose(LIMITS.token)),
  creator: loose(login.nullish()),
  description: loose(prose(LIMITS.body)),
});

/** Deployments made by Actions name the run; others (API, apps) have none. */
const run = loose(z.object({ html_url: httpUrl }).nullish());

/** An empty string is how GitHub says "no URL" in deployment statuses. */
const optionalUrl = loose(httpUrl);

const deploymentEvent = z.object({
  action: line(LIMITS.token),
  deployment,
  workflow_run: run,
  repository,
});

const deploymentStatusEvent = z.object({
  deployment_status: z.object({
    state: line(LIMITS.token),
    target_url: optionalUrl,
    log_url: optionalUrl,
    environment_url: optionalUrl,
    creator: loose(login.nullish()),
    description: loose(prose(LIMITS.body)),
  }),
  deployment,
  workflow_run: run,
  repository,
});

type Deployment = z.output<typeof deployment>;

function common(d: Deployment, repo: z.output<typeof repository>, runUrl?: string) {
  return {
    source: 'github',
    repo,
    environment: d.environment,
    ref: d.ref,
    sha: d.sha,
    runUrl,
    deploymentsUrl: `${repo.url}/deployments`,
  } as const;
}

export function normalizeDeployment(payload: unknown): NormalizeResult {
  const parsed = validate(deploymentEvent, payload, 'deployment');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, deployment: d, workflow_run, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      ...common(d, repo, workflow_run?.html_url),
      type: 'deployment',
      action,
      task: d.task,
      creator: d.creator?.login,
      description: d.description,
    },
  };
}

export function normalizeDeploymentStatus(payload: unknown): NormalizeResult {
  const parsed = validate(deploymentStatusEvent, payload, 'deployment_status');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { deployment_status: s, deployment: d, workflow_run, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      ...common(d, repo, workflow_run?.html_url),
      type: 'deployment_status',
      state: s.state.toLowerCase(),
      // `log_url` replaced `target_url`; older deployers still set only the latter.
      logUrl: s.log_url ?? s.target_url,
      environmentUrl: s.environment_url,
      creator: s.creator?.login ?? d.creator?.login,
      description: s.description ?? d.description,
    },
  };
}

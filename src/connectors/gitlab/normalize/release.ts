import { z } from 'zod';
import { count, httpUrl, line, loose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { actor, commit, optionalText, optionalUrl, optionalWord, project } from '../schema.js';
import { malformed, type NormalizeResult } from './result.js';

const release = z.object({
  name: loose(line(LIMITS.title)),
  tag: line(LIMITS.name * 2),
  action: optionalWord,
  url: httpUrl,
  description: optionalText(LIMITS.body),
  project,
  commit: loose(commit.nullish()),
  assets: loose(z.object({ count }).nullish()),
});

/** `Release Hook`: a release created, updated or deleted. */
export function normalizeRelease(payload: unknown): NormalizeResult {
  const parsed = validate(release, payload, 'release');
  if (!parsed.ok) return malformed(parsed.message);
  const r = parsed.data;
  return {
    kind: 'event',
    event: {
      type: 'release',
      project: r.project,
      name: r.name || r.tag,
      tag: r.tag,
      action: r.action,
      url: r.url,
      description: r.description,
      commit: r.commit ?? undefined,
      assets: r.assets?.count,
    },
  };
}

const deployment = z.object({
  status: line(LIMITS.token),
  environment: line(LIMITS.name),
  environment_tier: optionalWord,
  environment_external_url: optionalUrl,
  // Null when the deployment came from the API or a trigger job rather than a CI job.
  deployable_url: optionalUrl,
  short_sha: optionalWord,
  commit_title: optionalText(LIMITS.subject),
  commit_url: optionalUrl,
  user: actor,
  project,
});

/** `Deployment Hook`: a deployment started, succeeded, failed or was canceled. */
export function normalizeDeployment(payload: unknown): NormalizeResult {
  const parsed = validate(deployment, payload, 'deployment');
  if (!parsed.ok) return malformed(parsed.message);
  const d = parsed.data;
  return {
    kind: 'event',
    event: {
      type: 'deployment',
      project: d.project,
      environment: d.environment,
      status: d.status,
      tier: d.environment_tier,
      shortSha: d.short_sha,
      commitTitle: d.commit_title,
      commitUrl: d.commit_url,
      actor: d.user,
      jobUrl: d.deployable_url,
      environmentUrl: d.environment_external_url,
    },
  };
}

import { z } from 'zod';
import { httpUrl, integer, line, loose, looseText, looseWord } from '../kit/schema.js';
import { LIMITS } from './limits.js';

/**
 * Zod pieces for CircleCI's payloads: only the fields a card reads. What makes a body a
 * workflow or job event is its project and workflow (and job); anything else of an unexpected
 * shape costs the card a detail, not the delivery, because CircleCI retries what fails.
 */

export const text = looseText;

/** A status or trigger word, lower-cased; anything long is not one. */
export const word = looseWord(LIMITS.token);

export const link = loose(httpUrl);

/** A commit sha: hex, abbreviated ones accepted. */
export const sha = loose(z.string().regex(/^[0-9a-f]{7,64}$/i));

export const project = z.object({ name: text(LIMITS.name), slug: text(LIMITS.name * 2) });

export const workflow = z.object({
  id: text(LIMITS.token),
  name: line(LIMITS.name),
  status: word,
  url: link,
  created_at: text(40),
  stopped_at: text(40),
});

const person = z.object({ name: text(LIMITS.name) });

/** GitHub OAuth and Bitbucket projects: the commit the pipeline built. */
const vcs = z.object({
  provider_name: word,
  origin_repository_url: link,
  target_repository_url: link,
  revision: sha,
  branch: text(LIMITS.name),
  tag: text(LIMITS.name),
  commit: loose(z.object({ subject: text(LIMITS.subject), author: loose(person) })),
});

/**
 * GitLab and GitHub App projects have no `vcs`: the trigger's own parameters say what was
 * built, with the same field names in both.
 */
const triggerSource = z.object({
  branch: text(LIMITS.name),
  tag: text(LIMITS.name),
  commit_sha: sha,
  checkout_sha: sha,
  commit_title: text(LIMITS.subject),
  commit_author_name: text(LIMITS.name),
  web_url: link,
});

const git = z.object({ branch: text(LIMITS.name), tag: text(LIMITS.name), checkout_sha: sha });

export const pipeline = z.object({
  number: loose(integer()),
  trigger: loose(z.object({ type: word })),
  vcs: loose(vcs),
  trigger_parameters: loose(
    z.object({
      gitlab: loose(triggerSource),
      github_app: loose(triggerSource),
      git: loose(git),
    }),
  ),
});

export type CircleCIPipeline = z.output<typeof pipeline>;
export type CircleCIProject = z.output<typeof project>;

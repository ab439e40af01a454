import type { CircleCICode } from './events.js';
import type { CircleCIPipeline, CircleCIProject } from './schema.js';

/**
 * What the pipeline built. GitHub (OAuth) and Bitbucket pipelines carry `pipeline.vcs`;
 * GitLab and GitHub App pipelines have no `vcs` object and name the branch and commit in
 * `pipeline.trigger_parameters.gitlab` / `.github_app`, with `git` as the common fallback.
 */
export function codeOf(p: CircleCIPipeline | undefined): CircleCICode {
  const vcs = p?.vcs;
  if (vcs) {
    const repo = vcs.origin_repository_url ?? vcs.target_repository_url;
    const sha = vcs.revision;
    return {
      branch: vcs.branch,
      tag: vcs.tag,
      sha,
      subject: vcs.commit?.subject,
      author: vcs.commit?.author?.name,
      commitUrl: repo && sha ? commitUrl(vcs.provider_name, repo, sha) : undefined,
    };
  }
  const params = p?.trigger_parameters;
  const gitlab = params?.gitlab;
  const trigger = gitlab ?? params?.github_app;
  const git = params?.git;
  const sha = trigger?.commit_sha ?? trigger?.checkout_sha ?? git?.checkout_sha;
  const provider = gitlab ? 'gitlab' : 'github';
  return {
    branch: trigger?.branch ?? git?.branch,
    tag: trigger?.tag ?? git?.tag,
    sha,
    subject: trigger?.commit_title,
    author: trigger?.commit_author_name,
    commitUrl: trigger?.web_url && sha ? commitUrl(provider, trigger.web_url, sha) : undefined,
  };
}

/** How each host's commit pages are addressed under the repository's URL. */
const COMMIT_PATHS: ReadonlyMap<string, string> = new Map([
  ['github', '/commit/'],
  ['bitbucket', '/commits/'],
  ['gitlab', '/-/commit/'],
]);

/** The commit's page on its host; undefined for hosts whose URLs we do not know. */
function commitUrl(provider: string | undefined, repoUrl: string, sha: string): string | undefined {
  const path = provider === undefined ? undefined : COMMIT_PATHS.get(provider);
  return path === undefined ? undefined : `${repoUrl.replace(/\/+$/, '')}${path}${sha}`;
}

/** Slug prefixes of VCS-backed projects: their slug's last two parts are `org/repo`. */
const VCS_SLUG = /^(?:github|gh|bitbucket|bb)\/([^/]+\/[^/]+)$/;

/**
 * The project as people name it: `org/repo` when the slug says so; GitLab and GitHub App
 * projects have opaque slugs (`circleci/<org id>/<project id>`), so their name instead.
 */
export function projectName(project: CircleCIProject): string {
  const fromSlug = project.slug ? VCS_SLUG.exec(project.slug)?.[1] : undefined;
  return fromSlug ?? project.name ?? project.slug ?? 'CircleCI project';
}

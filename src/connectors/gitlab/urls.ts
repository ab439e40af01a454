/**
 * Links into a GitLab instance built from a project's `web_url` (gitlab.com or self-managed),
 * for pages the payloads do not link themselves.
 */

/** Ref names may contain slashes, which stay path separators in GitLab's URLs. */
function refPath(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}

export function compareUrl(projectUrl: string, before: string, after: string): string {
  return `${projectUrl}/-/compare/${before}...${after}`;
}

export function branchUrl(projectUrl: string, branch: string): string {
  return `${projectUrl}/-/tree/${refPath(branch)}`;
}

export function tagUrl(projectUrl: string, tag: string): string {
  return `${projectUrl}/-/tags/${refPath(tag)}`;
}

export function pipelineUrl(projectUrl: string, id: number): string {
  return `${projectUrl}/-/pipelines/${id}`;
}

export function jobUrl(projectUrl: string, id: number): string {
  return `${projectUrl}/-/jobs/${id}`;
}

/**
 * Links into github.com built from a repository's `html_url` and a ref name, kept in one place
 * so the normaliser (tag links) and the cards (branch links) encode refs the same way.
 */

/** A tag's release page (GitHub shows the bare tag there when it has no release). */
export function tagUrl(repoUrl: string, tag: string): string {
  return `${repoUrl}/releases/tag/${refPath(tag)}`;
}

/** A branch's file tree. */
export function branchUrl(repoUrl: string, branch: string): string {
  return `${repoUrl}/tree/${refPath(branch)}`;
}

/** Ref names may contain slashes, which stay path separators in GitHub's URLs. */
function refPath(ref: string): string {
  return ref.split('/').map(encodeURIComponent).join('/');
}

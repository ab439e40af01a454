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

/** A label's issue list; a name with spaces or emoji codes stays one path segment. */
export function labelUrl(repoUrl: string, name: string): string {
  return `${repoUrl}/labels/${encodeURIComponent(name)}`;
}

/** GitHub's page for an account or organisation (payloads carry only its API URL). */
export function accountUrl(login: string): string {
  return `https://github.com/${encodeURIComponent(login)}`;
}

/** A team's page, for payloads whose team has no `html_url` left (a deleted team). */
export function teamUrl(org: string, slug: string): string {
  return `https://github.com/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(slug)}`;
}

/** The checks of one commit: GitHub has no page of its own for a check suite. */
export function commitChecksUrl(repoUrl: string, sha: string): string {
  return `${repoUrl}/commit/${sha}/checks`;
}

/** An enterprise account's page. */
export function enterpriseUrl(slug: string): string {
  return `https://github.com/enterprises/${encodeURIComponent(slug)}`;
}

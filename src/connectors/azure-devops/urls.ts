/**
 * Web pages Azure DevOps does not put in the payload, built from the repository's web URL the
 * way its UI spells them. Pure; every input is an http(s) URL the schema accepted.
 */

/** `https://user@dev.azure.com/…` → `https://dev.azure.com/…`: clone URLs carry a user name. */
export function withoutCredentials(url: string | undefined): string | undefined {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.username === '' && parsed.password === '') return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.href;
}

/** REST resources (`…/_apis/…`) answer JSON: a person gets nothing from opening one. */
export function isApiUrl(url: string | undefined): boolean {
  return url !== undefined && /\/_apis\//i.test(url);
}

/** The URL if a person can open it, else undefined. */
export function pageUrl(url: string | undefined): string | undefined {
  return isApiUrl(url) ? undefined : url;
}

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function branchUrl(repoUrl: string, branch: string): string {
  return `${trimSlash(repoUrl)}?version=GB${encodeURIComponent(branch)}`;
}

export function tagUrl(repoUrl: string, tag: string): string {
  return `${trimSlash(repoUrl)}?version=GT${encodeURIComponent(tag)}`;
}

export function commitUrl(repoUrl: string, sha: string): string {
  return `${trimSlash(repoUrl)}/commit/${encodeURIComponent(sha)}`;
}

export function pullRequestUrl(repoUrl: string, id: number): string {
  return `${trimSlash(repoUrl)}/pullrequest/${id}`;
}

/**
 * Links and names read from Sentry's URLs. Issue webhooks of some versions carry only the API
 * URL; the web page of the same issue has the same organisation and id.
 */

/** `https://sentry.io/api/0/projects/{org}/{project}/events/…` → the project slug. */
export function projectFromApiUrl(url: string): string | undefined {
  const match = /^https:\/\/[^/]+\/api\/0\/projects\/[^/?#]+\/([A-Za-z0-9_.-]{1,100})\//.exec(url);
  return match?.[1];
}

/**
 * `https://sentry.io/api/0/organizations/{org}/issues/{id}/` → the issue's web page,
 * `https://sentry.io/organizations/{org}/issues/{id}/`. Undefined for any other shape.
 */
export function issuePageFromApiUrl(url: string): string | undefined {
  const match =
    /^(https:\/\/[^/]+)\/api\/0\/organizations\/([A-Za-z0-9_.-]{1,100})\/issues\/(\d{1,20})\/?$/.exec(
      url,
    );
  if (!match) return undefined;
  const [, origin, org, issueId] = match;
  return `${origin}/organizations/${org}/issues/${issueId}/`;
}

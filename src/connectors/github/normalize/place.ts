import { z } from 'zod';
import { httpUrl, line, loose } from '../../kit/schema.js';
import type { GitHubPlace } from '../events.js';
import { LIMITS } from '../limits.js';
import { optionalText, organization, repository } from '../schema.js';
import { accountUrl, enterpriseUrl } from '../urls.js';
import { ownPath } from './own.js';

const account = z.object({ login: line(LIMITS.name), html_url: loose(httpUrl) });

/** Each read on its own: a field of another shape is skipped, never fatal. */
const places = z.object({
  repository: loose(repository),
  organization: loose(organization),
  enterprise: loose(z.object({ slug: line(LIMITS.name), name: optionalText(LIMITS.name) })),
  installation: loose(z.object({ account: loose(account) })),
});

/** Events about an account that is neither an organisation nor the installation's. */
const ACCOUNT_PATHS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sponsorship', ['sponsorship', 'sponsorable']],
  ['marketplace_purchase', ['marketplace_purchase', 'account']],
  // The account an app is installed on was renamed.
  ['installation_target', ['account']],
  // A user revoking an app's access to their own account.
  ['github_app_authorization', ['sender']],
]);

function toAccount(value: unknown): GitHubPlace | undefined {
  const parsed = account.safeParse(value);
  if (!parsed.success) return undefined;
  const { login, html_url } = parsed.data;
  return { kind: 'account', name: login, url: html_url ?? accountUrl(login) };
}

/**
 * Where an event without a dedicated card happened: its repository, else its organisation,
 * enterprise or account. Undefined when the payload names none of them.
 */
export function findPlace(payload: unknown, eventName: string): GitHubPlace | undefined {
  const parsed = places.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  if (p.repository)
    return { kind: 'repository', name: p.repository.fullName, url: p.repository.url };
  if (p.organization) {
    const login = p.organization.login;
    return { kind: 'organization', name: login, url: accountUrl(login) };
  }
  if (p.enterprise) {
    const { slug, name } = p.enterprise;
    return { kind: 'enterprise', name: name ?? slug, url: enterpriseUrl(slug) };
  }
  const path = ACCOUNT_PATHS.get(eventName);
  return (path && toAccount(ownPath(payload, path))) || toAccount(p.installation?.account);
}

import { z } from 'zod';
import { httpUrl, line, loose, validate } from '../../kit/schema.js';
import type { GitHubOwnerRef, GitHubTeamRef } from '../events.js';
import { LIMITS } from '../limits.js';
import {
  login,
  optionalSender,
  organization,
  repository,
  repositoryObject,
  toRepoRef,
} from '../schema.js';
import { accountUrl, teamUrl } from '../urls.js';
import type { NormalizeResult } from '../normalize-result.js';

/** Collaborators (`member`), team members (`membership`) and teams (`team`). */

function toOrg(org: z.output<typeof organization>): GitHubOwnerRef {
  return { login: org.login, url: accountUrl(org.login) };
}

/** `{ to: "write" }` and the like in `changes`; a missing or odd one is simply absent. */
const changeTo = loose(z.object({ to: line(LIMITS.token) }).nullish());

const member = z.object({
  action: line(LIMITS.token),
  member: login.extend({ html_url: loose(httpUrl) }),
  changes: loose(z.object({ permission: changeTo, role_name: changeTo }).nullish()),
  sender: optionalSender,
  repository,
});

export function normalizeMember(payload: unknown): NormalizeResult {
  const parsed = validate(member, payload, 'member');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, member: m, changes, sender, repository: repo } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'member',
      repo,
      action,
      member: m.login,
      memberUrl: m.html_url,
      permission: changes?.role_name?.to ?? changes?.permission?.to,
      sender: sender?.login,
    },
  };
}

const team = z.object({
  name: line(LIMITS.name),
  slug: loose(line(LIMITS.name)),
  // Absent once the team is deleted.
  html_url: loose(httpUrl),
});

function toTeam(t: z.output<typeof team>, org: string): GitHubTeamRef {
  return { name: t.name, url: t.html_url ?? (t.slug ? teamUrl(org, t.slug) : accountUrl(org)) };
}

const membership = z.object({
  action: line(LIMITS.token),
  member: login,
  team,
  organization,
  sender: optionalSender,
});

export function normalizeMembership(payload: unknown): NormalizeResult {
  const parsed = validate(membership, payload, 'membership');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, member: m, team: t, organization: org, sender } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'membership',
      org: toOrg(org),
      action,
      member: m.login,
      team: toTeam(t, org.login),
      sender: sender?.login,
    },
  };
}

/** The team's access to the repository, strongest first, in the words GitHub's UI uses. */
const ACCESS = [
  ['admin', 'admin'],
  ['maintain', 'maintain'],
  ['push', 'write'],
  ['triage', 'triage'],
  ['pull', 'read'],
] as const;

const flag = loose(z.boolean());
const permissions = z.object({ admin: flag, maintain: flag, push: flag, triage: flag, pull: flag });

const teamEvent = z.object({
  action: line(LIMITS.token),
  team,
  organization,
  // Set for added_to_repository, removed_from_repository and edits of the team's access.
  repository: loose(repositoryObject.extend({ permissions: loose(permissions) })),
  sender: optionalSender,
});

export function normalizeTeam(payload: unknown): NormalizeResult {
  const parsed = validate(teamEvent, payload, 'team');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, team: t, organization: org, repository: repo, sender } = parsed.data;
  const granted = repo?.permissions;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'team',
      org: toOrg(org),
      action,
      team: toTeam(t, org.login),
      repo: repo ? toRepoRef(repo) : undefined,
      permission: granted ? ACCESS.find(([key]) => granted[key] === true)?.[1] : undefined,
      sender: sender?.login,
    },
  };
}

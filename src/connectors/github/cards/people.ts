import type { CardLink, CardModel } from '../../../core/card-model.js';
import type {
  GitHubMemberEvent,
  GitHubMembershipEvent,
  GitHubOrganizationEvent,
  GitHubTeamEvent,
} from '../events.js';
import { SOURCE, facts, orgTag, repoTag, snakeToWords } from './common.js';

/** Who got or lost access: collaborators, team members, teams, organisation members. */

function by(sender: string | undefined) {
  return sender ? { subtitle: `By ${sender}` } : {};
}

export function memberCard(e: GitHubMemberEvent): CardModel {
  const title = `${repoTag(e.repo)} Collaborator ${e.member} ${snakeToWords(e.action)}`;
  const links: CardLink[] = [{ title: 'View repository', url: e.repo.url }];
  if (e.memberUrl) links.unshift({ title: `View ${e.member}`, url: e.memberUrl });
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.memberUrl ?? e.repo.url,
    ...by(e.sender),
    accent: e.action === 'added' ? 'accent' : 'default',
    facts: facts(['Permission', e.permission]),
    links,
  };
}

export function membershipCard(e: GitHubMembershipEvent): CardModel {
  const change = e.action === 'removed' ? 'removed from' : `${snakeToWords(e.action)} to`;
  const title = `${orgTag(e.org)} ${e.member} ${change} team ${e.team.name}`;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.team.url,
    ...by(e.sender),
    accent: e.action === 'added' ? 'accent' : 'default',
    facts: [],
    // A deleted team's link falls back to its organisation.
    links: [
      { title: e.team.url === e.org.url ? 'View organization' : 'View team', url: e.team.url },
    ],
  };
}

export function teamCard(e: GitHubTeamEvent): CardModel {
  let what: string;
  if (e.action === 'added_to_repository' && e.repo) what = `given access to ${e.repo.fullName}`;
  else if (e.action === 'removed_from_repository' && e.repo) {
    what = `removed from ${e.repo.fullName}`;
  } else what = `${snakeToWords(e.action)}${e.repo ? ` for ${e.repo.fullName}` : ''}`;
  const title = `${orgTag(e.org)} Team ${e.team.name} ${what}`;
  const gone = e.action === 'deleted';
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: gone ? e.org.url : e.team.url,
    ...by(e.sender),
    accent: e.action === 'created' || e.action === 'added_to_repository' ? 'accent' : 'default',
    facts: facts(['Access', e.action === 'removed_from_repository' ? undefined : e.permission]),
    links: [
      gone
        ? { title: 'View organization', url: e.org.url }
        : { title: 'View team', url: e.team.url },
      ...(e.repo ? [{ title: 'View repository', url: e.repo.url }] : []),
    ],
  };
}

/** GitHub's role ids as its settings pages name them. */
const ROLES: ReadonlyMap<string, string> = new Map([
  ['admin', 'owner'],
  ['direct_member', 'member'],
  ['billing_manager', 'billing manager'],
]);

const MEMBER_CHANGES: ReadonlyMap<string, string> = new Map([
  ['member_added', 'added to the organization'],
  ['member_removed', 'removed from the organization'],
  ['member_invited', 'invited to the organization'],
]);

export function organizationCard(e: GitHubOrganizationEvent): CardModel {
  const change = MEMBER_CHANGES.get(e.action);
  let what: string;
  if (change) what = `${e.user ?? 'Someone (by e-mail)'} ${change}`;
  else if (e.action === 'renamed' && e.oldLogin) what = `Organization renamed from ${e.oldLogin}`;
  else what = `Organization ${snakeToWords(e.action)}`;
  const title = `${orgTag(e.org)} ${what}`;
  return {
    source: SOURCE,
    summary: e.sender ? `${title} by ${e.sender}` : title,
    title,
    titleUrl: e.org.url,
    ...by(e.sender),
    accent: e.action === 'member_added' || e.action === 'member_invited' ? 'accent' : 'default',
    facts: facts([
      'Role',
      e.role === undefined ? undefined : (ROLES.get(e.role) ?? snakeToWords(e.role)),
    ]),
    links: [{ title: 'View organization', url: e.org.url }],
  };
}

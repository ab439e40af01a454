import type { GitHubOwnerRef, GitHubRepoRef } from './common.js';

/** Stars, collaborators, teams and organisation members. */

/** `star` and its legacy twin `watch` (which only ever means "starred"). */
export interface GitHubStarEvent {
  source: 'github';
  type: 'star';
  repo: GitHubRepoRef;
  /** False when the star was removed. */
  starred: boolean;
  user: string;
  /** The repository's star count after the change. */
  total?: number;
  starredAt?: string;
}

/** A repository collaborator added, removed or given other permissions (`member`). */
export interface GitHubMemberEvent {
  source: 'github';
  type: 'member';
  repo: GitHubRepoRef;
  /** added, removed or edited. */
  action: string;
  member: string;
  memberUrl?: string;
  /** The permission or role after the change, when GitHub says. */
  permission?: string;
  sender?: string;
}

export interface GitHubTeamRef {
  name: string;
  url: string;
}

/** Someone added to or removed from a team (`membership`). */
export interface GitHubMembershipEvent {
  source: 'github';
  type: 'membership';
  org: GitHubOwnerRef;
  action: string;
  member: string;
  team: GitHubTeamRef;
  sender?: string;
}

/** A team created, changed or deleted, or given or refused access to a repository. */
export interface GitHubTeamEvent {
  source: 'github';
  type: 'team';
  org: GitHubOwnerRef;
  action: string;
  team: GitHubTeamRef;
  /** For added_to_repository / removed_from_repository / edited on a repository. */
  repo?: GitHubRepoRef;
  /** The team's access to `repo` after the change: admin, maintain, write, triage or read. */
  permission?: string;
  sender?: string;
}

/** Organisation membership and the organisation itself (`organization`). */
export interface GitHubOrganizationEvent {
  source: 'github';
  type: 'organization';
  org: GitHubOwnerRef;
  /** member_added, member_removed, member_invited, renamed or deleted. */
  action: string;
  /** The member or invitee; absent for an invitation by e-mail. */
  user?: string;
  /** As GitHub names it: admin, direct_member, billing_manager, … */
  role?: string;
  /** The login before a rename. */
  oldLogin?: string;
  sender?: string;
}

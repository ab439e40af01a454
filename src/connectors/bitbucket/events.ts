/**
 * Normalised Bitbucket Cloud events: only what a card needs, already capped in size. Each
 * member has a distinct `type`; `other` catches every event key without a dedicated card.
 */

export interface BitbucketRepo {
  /** `workspace/repo-slug`. */
  fullName: string;
  url: string;
}

export interface BitbucketCommit {
  hash: string;
  subject: string;
  author?: string;
  url?: string;
}

/** One ref a push changed. */
export interface BitbucketRefChange {
  /** `branch` or `tag` (Mercurial's `named_branch` and `bookmark` read as branches). */
  kind: 'branch' | 'tag';
  name: string;
  created: boolean;
  /** The ref was deleted (`new` is null). */
  closed: boolean;
  forced: boolean;
  /** Bitbucket listed only the first commits of this change. */
  truncated: boolean;
  /** The commit the ref points at after the push. */
  target?: string;
  commits: BitbucketCommit[];
  /** The branch page, or the compare view when an existing branch moved. */
  url?: string;
}

export interface BitbucketPushEvent {
  type: 'push';
  repo: BitbucketRepo;
  actor?: string;
  changes: BitbucketRefChange[];
  /** Changes the push listed, which can exceed `changes.length`. */
  totalChanges: number;
}

export interface BitbucketPullRequestEvent {
  type: 'pullrequest';
  repo: BitbucketRepo;
  /** The part of `pullrequest:<action>`: `created`, `fulfilled`, `comment_created`, … */
  action: string;
  actor?: string;
  id: number;
  title: string;
  url: string;
  author?: string;
  state?: string;
  sourceBranch?: string;
  destinationBranch?: string;
  reviewers: string[];
  draft: boolean;
  description?: string;
  reason?: string;
  closedBy?: string;
  mergeCommit?: string;
  /** Who approved or requested changes (`approval.user`, `changes_request.user`). */
  reviewer?: string;
  comment?: { text?: string; url?: string; path?: string; line?: number };
}

export interface BitbucketIssueEvent {
  type: 'issue';
  repo: BitbucketRepo;
  /** `created`, `updated`, `comment_created`, … */
  action: string;
  actor?: string;
  id: number;
  title: string;
  url: string;
  state?: string;
  kind?: string;
  priority?: string;
  assignee?: string;
  reporter?: string;
  content?: string;
  /** `changes.status` of an update: `new → resolved`. */
  statusChange?: { from?: string; to?: string };
  comment?: { text?: string; url?: string };
}

export interface BitbucketCommitStatusEvent {
  type: 'commit_status';
  repo: BitbucketRepo;
  actor?: string;
  name: string;
  /** `SUCCESSFUL`, `FAILED`, `INPROGRESS`, `STOPPED`. */
  state: string;
  description?: string;
  /** The CI system's page for the build. */
  url?: string;
  refname?: string;
  commit?: string;
}

/** Any other event key (forks, commit comments, repository changes, new ones). */
export interface BitbucketOtherEvent {
  type: 'other';
  event: string;
  repo?: BitbucketRepo;
  actor?: string;
  /** What the event is about, when the payload names it: a fork, a commit. */
  subject?: { label: string; url?: string };
  text?: string;
  changed: string[];
}

export type BitbucketEvent =
  | BitbucketPushEvent
  | BitbucketPullRequestEvent
  | BitbucketIssueEvent
  | BitbucketCommitStatusEvent
  | BitbucketOtherEvent;

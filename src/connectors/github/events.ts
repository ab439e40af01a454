/**
 * Normalised GitHub events: only what a card needs, already capped in size (lists and
 * excerpts are bounded at normalisation so queued events stay small).
 * Every member has `source: 'github'` and a distinct `type`; `other` catches every event
 * name without a dedicated card.
 */
export interface GitHubRepoRef {
  fullName: string;
  url: string;
}

export interface GitHubCommit {
  /** Full sha; cards shorten it. */
  sha: string;
  /** First line of the message only. */
  subject: string;
  author: string;
  url: string;
}

/** A push to a branch (or any ref outside `refs/tags/`). */
export interface GitHubPushEvent {
  source: 'github';
  type: 'push';
  repo: GitHubRepoRef;
  branch: string;
  pusher: string;
  /** The branch did not exist before this push. */
  created: boolean;
  /** The branch was deleted; `commits` is then empty. */
  deleted: boolean;
  forced: boolean;
  /** Sha the branch points to after the push (all zeros when deleted). */
  after: string;
  compareUrl?: string;
  /** At most the first few commits of the push, oldest first. */
  commits: GitHubCommit[];
  /** How many commits the payload listed, which can exceed `commits.length`. */
  totalCommits: number;
  /** GitHub itself caps the payload's list, so `totalCommits` is then a lower bound. */
  totalIsLowerBound: boolean;
}

/** A push to `refs/tags/*`: tags carry no commit list worth showing. */
export interface GitHubTagEvent {
  source: 'github';
  type: 'tag';
  repo: GitHubRepoRef;
  tag: string;
  /** `moved`: an existing tag was force-pushed to another commit. */
  change: 'created' | 'deleted' | 'moved';
  pusher: string;
  /** Sha the tag points to after the push (all zeros when deleted). */
  after: string;
  url?: string;
}

export interface GitHubPullRequestEvent {
  source: 'github';
  type: 'pull_request';
  repo: GitHubRepoRef;
  /** GitHub's `action` as sent: opened, closed, reopened, synchronize, labeled, … */
  action: string;
  number: number;
  title: string;
  url: string;
  author: string;
  /** Who triggered this delivery (the closer for an unmerged close). */
  sender?: string;
  headRef: string;
  baseRef: string;
  draft: boolean;
  merged: boolean;
  mergedBy?: string;
  mergedAt?: string;
  mergeCommitSha?: string;
  commits?: number;
  changedFiles?: number;
  additions?: number;
  deletions?: number;
  labels: string[];
  body?: string;
}

export interface GitHubIssueEvent {
  source: 'github';
  type: 'issues';
  repo: GitHubRepoRef;
  action: string;
  number: number;
  title: string;
  url: string;
  author: string;
  sender?: string;
  labels: string[];
  assignees: string[];
  /** Why a closed issue was closed: `completed`, `not_planned`, … */
  stateReason?: string;
  body?: string;
}

export interface GitHubIssueCommentEvent {
  source: 'github';
  type: 'issue_comment';
  repo: GitHubRepoRef;
  /** created, edited or deleted. */
  action: string;
  /** GitHub sends pull-request conversation comments as issue comments too. */
  target: { kind: 'issue' | 'pull_request'; number: number; title: string; url: string };
  commenter: string;
  url: string;
  body?: string;
}

export interface GitHubReleaseEvent {
  source: 'github';
  type: 'release';
  repo: GitHubRepoRef;
  action: string;
  tag: string;
  /** Absent when the release has no name of its own (GitHub then shows the tag). */
  name?: string;
  author: string;
  prerelease: boolean;
  draft: boolean;
  url: string;
  body?: string;
}

export interface GitHubWorkflowRunEvent {
  source: 'github';
  type: 'workflow_run';
  repo: GitHubRepoRef;
  /** requested, in_progress or completed. */
  action: string;
  workflow: string;
  /** The run's own title (commit subject or PR title), when GitHub sends one. */
  title?: string;
  /** queued, in_progress, completed, … */
  status?: string;
  /** success, failure, cancelled, …; absent while the run is not finished. */
  conclusion?: string;
  branch?: string;
  headSha: string;
  /** The event that triggered the run: push, pull_request, schedule, … */
  trigger: string;
  runNumber: number;
  url: string;
  actor?: string;
}

export interface GitHubCheckRunEvent {
  source: 'github';
  type: 'check_run';
  repo: GitHubRepoRef;
  action: string;
  name: string;
  status?: string;
  /** Absent while the check is not finished. */
  conclusion?: string;
  branch?: string;
  headSha: string;
  app?: string;
  outputTitle?: string;
  outputSummary?: string;
  url: string;
}

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

/** Any event without a dedicated card: enough to say what happened where. */
export interface GitHubOtherEvent {
  source: 'github';
  type: 'other';
  repo?: GitHubRepoRef;
  event: string;
  action?: string;
  sender?: string;
}

export type GitHubEvent =
  | GitHubPushEvent
  | GitHubTagEvent
  | GitHubPullRequestEvent
  | GitHubIssueEvent
  | GitHubIssueCommentEvent
  | GitHubReleaseEvent
  | GitHubWorkflowRunEvent
  | GitHubCheckRunEvent
  | GitHubStarEvent
  | GitHubOtherEvent;

export type GitHubEventType = GitHubEvent['type'];

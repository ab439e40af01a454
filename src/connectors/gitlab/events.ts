/**
 * Normalised GitLab events: only what a card needs, already capped in size. Each member has a
 * distinct `type`; `other` catches every hook without a dedicated card.
 */

export interface GitLabProject {
  /** `group/subgroup/project`. */
  path: string;
  url: string;
}

export interface GitLabCommit {
  sha: string;
  /** First line of the message only. */
  subject: string;
  author?: string;
  url?: string;
}

/** A push to a branch. */
export interface GitLabPushEvent {
  type: 'push';
  project: GitLabProject;
  branch: string;
  pusher: string;
  /** `before` was all zeros: the branch did not exist. */
  created: boolean;
  /** `after` is all zeros: the branch was deleted. */
  deleted: boolean;
  after: string;
  /** Built from the project URL when the push moved an existing branch. */
  compareUrl?: string;
  /** The commits GitLab listed (at most its newest 20). */
  commits: GitLabCommit[];
  /** `total_commits_count`: the real number, which can exceed `commits.length`. */
  totalCommits: number;
}

export interface GitLabTagEvent {
  type: 'tag_push';
  project: GitLabProject;
  tag: string;
  pusher: string;
  deleted: boolean;
  /** The commit the tag points at (`checkout_sha`), absent when deleted. */
  target?: string;
  /** An annotated tag's message. */
  message?: string;
}

export interface GitLabMergeRequestEvent {
  type: 'merge_request';
  project: GitLabProject;
  iid: number;
  title: string;
  url: string;
  /** `open`, `update`, `merge`, `close`, `reopen`, `approved`, `approval`, …; absent on old payloads. */
  action?: string;
  state?: string;
  /** Who did it (`user.name`): the author when opened, the merger when merged. */
  actor?: string;
  sourceBranch: string;
  targetBranch: string;
  assignees: string[];
  reviewers: string[];
  labels: string[];
  draft: boolean;
  description?: string;
  mergeCommitSha?: string;
  /** Fields an `update` changed, as GitLab names them (`title`, `labels`, `draft`). */
  changed: string[];
}

export interface GitLabJobRef {
  name: string;
  stage?: string;
  status: string;
  allowFailure: boolean;
  url?: string;
}

export interface GitLabPipelineEvent {
  type: 'pipeline';
  project: GitLabProject;
  id: number;
  name?: string;
  status: string;
  ref: string;
  tag: boolean;
  sha: string;
  source?: string;
  actor?: string;
  /** Seconds. */
  duration?: number;
  url: string;
  commit?: GitLabCommit;
  mergeRequest?: { iid: number; title: string; url?: string };
  /** Failed jobs among the ones read, at most a few. */
  failedJobs: GitLabJobRef[];
  failedTotal: number;
}

export interface GitLabJobEvent {
  type: 'job';
  project: GitLabProject;
  id: number;
  name: string;
  stage?: string;
  status: string;
  ref?: string;
  sha?: string;
  actor?: string;
  duration?: number;
  failureReason?: string;
  allowFailure: boolean;
  pipelineId?: number;
  url: string;
}

export interface GitLabIssueEvent {
  type: 'issue';
  project: GitLabProject;
  /** `Issue`, or the work item type (`Task`, `Epic`, `Incident`, …). */
  kind: string;
  iid: number;
  title: string;
  url: string;
  action?: string;
  state?: string;
  actor?: string;
  assignees: string[];
  labels: string[];
  confidential: boolean;
  severity?: string;
  dueDate?: string;
  description?: string;
}

export interface GitLabNoteEvent {
  type: 'note';
  project: GitLabProject;
  commenter?: string;
  /** `create` or `update` (16.11+). */
  action?: string;
  note?: string;
  url: string;
  /** What was commented on: "merge request !1: Add feature", "commit 1a2b3c4d: Fix". */
  target: { noun: string; label: string; url?: string };
}

export interface GitLabReleaseEvent {
  type: 'release';
  project: GitLabProject;
  name: string;
  tag: string;
  action?: string;
  url: string;
  description?: string;
  commit?: GitLabCommit;
  assets?: number;
}

export interface GitLabDeploymentEvent {
  type: 'deployment';
  project: GitLabProject;
  environment: string;
  status: string;
  tier?: string;
  shortSha?: string;
  commitTitle?: string;
  commitUrl?: string;
  actor?: string;
  jobUrl?: string;
  environmentUrl?: string;
}

/** Any other hook (wiki, feature flag, milestone, emoji, members, system hooks, new ones). */
export interface GitLabOtherEvent {
  type: 'other';
  /** The `X-Gitlab-Event` value: `Wiki Page Hook`. */
  event: string;
  /** `object_kind`, or `event_name` for group and system hooks. */
  kind?: string;
  project?: GitLabProject;
  /** Where a hook without a project happened: a group path. */
  where?: string;
  action?: string;
  subject?: string;
  url?: string;
  actor?: string;
  state?: string;
  severity?: string;
}

export type GitLabEvent =
  | GitLabPushEvent
  | GitLabTagEvent
  | GitLabMergeRequestEvent
  | GitLabPipelineEvent
  | GitLabJobEvent
  | GitLabIssueEvent
  | GitLabNoteEvent
  | GitLabReleaseEvent
  | GitLabDeploymentEvent
  | GitLabOtherEvent;

import type { GitHubRepoRef } from './common.js';

/** Issues, discussions and what organises them (milestones, labels). */

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

export interface GitHubDiscussionRef {
  number: number;
  title: string;
  url: string;
  category?: string;
}

export interface GitHubDiscussionEvent {
  source: 'github';
  type: 'discussion';
  repo: GitHubRepoRef;
  /** created, answered, unanswered, labeled, locked, category_changed, … */
  action: string;
  discussion: GitHubDiscussionRef;
  author: string;
  sender?: string;
  /** The discussion has a comment marked as its answer. */
  answered: boolean;
  /** Set for `answered`: the comment chosen and who wrote it. */
  answer?: { url: string; author: string };
  /** Set for `labeled` / `unlabeled`. */
  label?: string;
  body?: string;
}

export interface GitHubDiscussionCommentEvent {
  source: 'github';
  type: 'discussion_comment';
  repo: GitHubRepoRef;
  action: string;
  discussion: GitHubDiscussionRef;
  commenter: string;
  /** This comment is the discussion's marked answer. */
  isAnswer: boolean;
  url: string;
  body?: string;
}

export interface GitHubMilestoneEvent {
  source: 'github';
  type: 'milestone';
  repo: GitHubRepoRef;
  /** created, opened, closed, edited or deleted. */
  action: string;
  number: number;
  title: string;
  url: string;
  dueOn?: string;
  openIssues?: number;
  closedIssues?: number;
  description?: string;
  sender?: string;
}

export interface GitHubLabelEvent {
  source: 'github';
  type: 'label';
  repo: GitHubRepoRef;
  /** created, edited or deleted. */
  action: string;
  name: string;
  /** Six hex digits without `#`. */
  color?: string;
  description?: string;
  /** The name before a rename. */
  oldName?: string;
  url: string;
  sender?: string;
}

import type { GitHubPullRequestRef, GitHubRepoRef } from './common.js';

/** Pull requests and their reviews. */

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

export interface GitHubReviewEvent {
  source: 'github';
  type: 'pull_request_review';
  repo: GitHubRepoRef;
  /** submitted, edited or dismissed. */
  action: string;
  /** approved, changes_requested, commented, dismissed, … in lower case. */
  state: string;
  pr: GitHubPullRequestRef;
  reviewer: string;
  /** Who dismissed a review (the reviewer for the other actions). */
  sender?: string;
  url: string;
  body?: string;
}

export interface GitHubReviewCommentEvent {
  source: 'github';
  type: 'pull_request_review_comment';
  repo: GitHubRepoRef;
  action: string;
  pr: GitHubPullRequestRef;
  commenter: string;
  path?: string;
  /** The line in the file's current version, or in the one commented on when outdated. */
  line?: number;
  url: string;
  body?: string;
}

export interface GitHubReviewThreadEvent {
  source: 'github';
  type: 'pull_request_review_thread';
  repo: GitHubRepoRef;
  /** resolved or unresolved. */
  action: string;
  pr: GitHubPullRequestRef;
  path?: string;
  line?: number;
  /** The thread's first comment, else the pull request. */
  url: string;
  sender?: string;
}

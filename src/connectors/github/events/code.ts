import type { GitHubRepoRef } from './common.js';

/** Pushes, refs, forks, commit comments and releases: changes to a repository's code. */

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

/** `create` and `delete`: a branch or tag appeared or went away. */
export interface GitHubRefEvent {
  source: 'github';
  type: 'ref';
  repo: GitHubRepoRef;
  change: 'created' | 'deleted';
  /** `branch` or `tag` (GitHub's `ref_type`). */
  refType: string;
  /** Short name: `main`, `v1.2.0`. */
  ref: string;
  sender?: string;
  /** The branch or tag page; absent once it is deleted. */
  url?: string;
}

export interface GitHubForkEvent {
  source: 'github';
  type: 'fork';
  repo: GitHubRepoRef;
  fork: GitHubRepoRef;
  forker: string;
  /** The forked repository's fork count after this one. */
  forks?: number;
}

export interface GitHubCommitCommentEvent {
  source: 'github';
  type: 'commit_comment';
  repo: GitHubRepoRef;
  action: string;
  sha: string;
  /** Absent for a comment on the commit as a whole. */
  path?: string;
  line?: number;
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

/** References every normalised GitHub event may carry. */

export interface GitHubRepoRef {
  fullName: string;
  url: string;
}

/** An organisation, enterprise or account: where an event without a repository happened. */
export interface GitHubOwnerRef {
  login: string;
  url: string;
}

/** The pull request a review, review comment or review thread belongs to. */
export interface GitHubPullRequestRef {
  number: number;
  title: string;
  url: string;
}

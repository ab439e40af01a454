/**
 * Normalised GitHub events: only what a card needs, already capped in size (lists and
 * excerpts are bounded at normalisation so queued events stay small).
 * Extended by the GitHub connector; every member has `source: 'github'` and a distinct `type`.
 */
export interface GitHubRepoRef {
  fullName: string;
  url: string;
}

export type GitHubEvent = {
  source: 'github';
  type: 'other';
  repo?: GitHubRepoRef;
  event: string;
  action?: string;
  sender?: string;
};

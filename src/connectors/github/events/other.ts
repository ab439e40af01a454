/** Where an event happened, for cards that know nothing else about it. */
export interface GitHubPlace {
  kind: 'repository' | 'organization' | 'enterprise' | 'account';
  /** `owner/name` for a repository, else the login or name. */
  name: string;
  url: string;
}

/**
 * Any event without a dedicated card: enough to say what happened where and to what. Built
 * from a bounded read of the payload (see normalize/other.ts), never by walking it.
 */
export interface GitHubOtherEvent {
  source: 'github';
  type: 'other';
  event: string;
  action?: string;
  /** The repository (`owner/name`), else the organisation, enterprise or account. */
  where?: GitHubPlace;
  /** What the event is about: its title, name, tag or number, and its page. */
  subject?: { label: string; url?: string };
  /** A top-level `state` (commit statuses carry one), shown as a fact. */
  state?: string;
  sender?: string;
}

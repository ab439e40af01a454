import type { GitHubEvent } from './github.js';
import type { TrelloEvent } from './trello.js';

/** The closed union of everything a connector can hand to the queue. */
export type NormalizedEvent = GitHubEvent | TrelloEvent;

export type ProviderId = NormalizedEvent['source'];

export type { GitHubEvent, TrelloEvent };

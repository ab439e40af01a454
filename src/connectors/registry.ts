import { azureDevOpsSender } from './azure-devops/index.js';
import { genericSender } from './generic/index.js';
import { githubSender } from './github/index.js';
import { jenkinsSender } from './jenkins/index.js';
import { trelloSender } from './trello/index.js';
import type { Sender } from './types.js';

/** The built-in connector types, one line each; a sender is added by adding its folder here. */
// prettier-ignore
export const SENDERS: readonly Sender[] = [
  githubSender,
  trelloSender,
  azureDevOpsSender,
  jenkinsSender,
  genericSender,
];

const BY_ID: ReadonlyMap<string, Sender> = new Map(SENDERS.map((s) => [s.id, s]));

/** A Map, so a type id like "constructor" finds nothing. */
export function senderFor(type: string): Sender | undefined {
  return BY_ID.get(type);
}

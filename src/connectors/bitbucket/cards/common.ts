import type { CardLink } from '../../../core/card-model.js';
import type { BitbucketRepo } from '../events.js';

/** Shared wording for Bitbucket cards. Pure; all output is plain text. */

export const SOURCE = 'Bitbucket';

export function repoTag(repo: BitbucketRepo): string {
  return `[${repo.fullName}]`;
}

export function repoLink(repo: BitbucketRepo): CardLink {
  return { title: 'View repository', url: repo.url };
}

/** A commit's page: payloads link commits only through the REST API. */
export function commitUrl(repo: BitbucketRepo, hash: string): string {
  return `${repo.url}/commits/${hash}`;
}

export { capitalize, facts, plural, snakeToWords } from '../../kit/wording.js';
export { shortSha } from '../../../core/text.js';

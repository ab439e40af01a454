import { z } from 'zod';
import { cappedString, count, line, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { login, repositoryObject, toRepoRef } from '../schema.js';
import { type NormalizeResult } from '../normalize-result.js';

const starEvent = z.object({
  action: line(LIMITS.token),
  starred_at: cappedString(LIMITS.token).nullish(),
  sender: login,
  repository: repositoryObject.extend({ stargazers_count: count, watchers_count: count }),
});

/**
 * `star` (created / deleted) and the legacy `watch` (started), which despite its name also
 * means "starred": both become one `star` event so a card reads the same either way.
 */
export function normalizeStar(payload: unknown, eventName: 'star' | 'watch'): NormalizeResult {
  const parsed = validate(starEvent, payload, eventName);
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, starred_at, sender, repository: repo } = parsed.data;
  const starred = eventName === 'watch' || action !== 'deleted';
  return {
    kind: 'event',
    // GitHub sends one star as `star` (created) and `watch` (started), each with its own
    // delivery id. One key for both lets the relay's de-duplication post a single card.
    dedupKey: `star:${repo.full_name}:${sender.login}:${starred ? 'created' : 'deleted'}`,
    event: {
      source: 'github',
      type: 'star',
      repo: toRepoRef(repo),
      starred,
      user: sender.login,
      total: eventName === 'watch' ? repo.watchers_count : repo.stargazers_count,
      starredAt: starred_at ?? undefined,
    },
  };
}

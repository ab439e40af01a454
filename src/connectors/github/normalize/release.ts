import { z } from 'zod';
import { httpUrl, line, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { login, repository } from '../schema.js';
import { type NormalizeResult } from '../normalize-result.js';

const release = z.object({
  action: line(LIMITS.token),
  release: z.object({
    tag_name: line(LIMITS.name * 2),
    // Often "" or null: GitHub then titles the release with its tag.
    name: prose(LIMITS.title),
    author: login,
    prerelease: z.boolean().nullish(),
    draft: z.boolean().nullish(),
    html_url: httpUrl,
    body: prose(LIMITS.body),
  }),
  repository,
});

/**
 * Publishing one release delivers `created`, `published` and `released` (or `prereleased`)
 * at once, and saving a draft delivers `created`. Only `published` becomes a card, so a
 * channel sees one card per release. Cost: promoting a pre-release to a full release (which
 * sends only `released`) is not shown.
 */
const REPEATS_PUBLISHED = new Set(['created', 'released', 'prereleased']);

export function normalizeRelease(payload: unknown): NormalizeResult {
  const parsed = validate(release, payload, 'release');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, release: r, repository: repo } = parsed.data;
  if (REPEATS_PUBLISHED.has(action)) {
    return { kind: 'ignored', reason: `release ${action} repeats the published event` };
  }
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'release',
      repo,
      action,
      tag: r.tag_name,
      name: r.name === r.tag_name ? undefined : r.name,
      author: r.author.login,
      prerelease: r.prerelease === true,
      draft: r.draft === true,
      url: r.html_url,
      body: r.body,
    },
  };
}

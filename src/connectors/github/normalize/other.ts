import { z } from 'zod';
import { line } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { optionalSender, repository } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';

/**
 * Events without a dedicated card are never refused for their shape: GitHub adds events and
 * fields over time, and "something happened in repo X" is still worth a card. Each field is
 * read on its own and dropped when it is not what we expect.
 */
const other = z.object({
  action: line(LIMITS.token).optional().catch(undefined),
  sender: optionalSender,
  repository: repository.optional().catch(undefined),
});

export function normalizeOther(payload: unknown, eventName: string): NormalizeResult {
  const parsed = other.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'other',
      repo: p.repository,
      // Already at most 64 characters: interpret admits only GitHub-shaped event names.
      event: eventName,
      action: p.action || undefined,
      sender: p.sender?.login,
    },
  };
}

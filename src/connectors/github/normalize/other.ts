import { z } from 'zod';
import { line, loose } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { lowerWord, optionalSender } from '../schema.js';
import type { NormalizeResult } from '../normalize-result.js';
import { findPlace } from './place.js';
import { findSubject } from './subject.js';

/**
 * Events without a dedicated card are never refused for their shape: GitHub adds events and
 * fields over time, and "something happened to X in repo Y" is still worth a card. Each field
 * is read on its own and dropped when it is not what we expect.
 */
const other = z.object({
  action: loose(line(LIMITS.token)),
  // Commit statuses say success / failure / pending / error here.
  state: lowerWord,
  sender: optionalSender,
});

export function normalizeOther(payload: unknown, eventName: string): NormalizeResult {
  const parsed = other.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'other',
      // Already at most 64 characters: interpret admits only GitHub-shaped event names.
      event: eventName,
      action: p.action || undefined,
      where: findPlace(payload, eventName),
      subject: findSubject(payload, eventName),
      state: p.state,
      sender: p.sender?.login,
    },
  };
}

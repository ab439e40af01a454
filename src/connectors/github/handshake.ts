import { z } from 'zod';
import { arrayHead, integer, line } from '../kit/schema.js';
import type { Outcome } from '../types.js';
import { LIMITS } from './limits.js';

const ping = z.object({
  hook_id: integer().optional().catch(undefined),
  hook: z
    .object({ events: arrayHead(line(LIMITS.token), LIMITS.hookEvents).optional() })
    .optional()
    .catch(undefined),
});

/**
 * GitHub sends `ping` once when a hook is created (and on "Redeliver" of that ping). It only
 * needs a 2xx; the message tells whoever reads the log which hook it was.
 */
export function interpretPing(payload: unknown): Outcome<never> {
  const parsed = ping.safeParse(payload);
  const hookId = parsed.success ? parsed.data.hook_id : undefined;
  const events = parsed.success ? parsed.data.hook?.events : undefined;
  const which = hookId === undefined ? 'GitHub hook' : `GitHub hook ${hookId}`;
  const subscribed = events && events.length > 0 ? ` for events: ${events.join(', ')}` : '';
  return { kind: 'handshake', eventName: 'ping', message: `${which} connected${subscribed}` };
}

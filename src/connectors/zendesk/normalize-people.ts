import { z } from 'zod';
import type { ZendeskPersonEvent } from './events.js';
import { LIMITS } from './limits.js';
import { changeValue, numericId, text, word, type ZendeskEnvelope } from './schema.js';
import { agentUrl } from './subdomain.js';

const detail = z.object({
  id: numericId,
  name: text(LIMITS.name),
  email: text(LIMITS.name),
  role: word,
});

const change = z.object({ previous: changeValue, current: changeValue });

/** `user.*` and `organization.*`: a person or an organisation created, changed or deleted. */
export function normalizePerson(
  e: ZendeskEnvelope,
  kind: 'user' | 'organization',
  event: string,
  subdomain: string | undefined,
): ZendeskPersonEvent {
  const d = detail.safeParse(e.detail).data ?? {};
  const c = change.safeParse(e.event).data ?? {};
  const id = d.id ?? e.subject?.match(/^zen:(?:user|organization):(\d{1,20})$/)?.[1];
  return {
    source: 'zendesk',
    type: kind,
    event,
    id,
    name: d.name,
    email: d.email,
    role: d.role,
    change:
      c.previous !== undefined || c.current !== undefined
        ? { from: c.previous, to: c.current }
        : undefined,
    url: agentUrl(subdomain, kind === 'user' ? 'users' : 'organizations', id),
    time: e.time,
  };
}

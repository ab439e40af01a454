import { z } from 'zod';
import type { HerokuOtherEvent } from './events.js';
import { LIMITS } from './limits.js';
import type { Base, Resource } from './normalized.js';
import { emailOf, named, text } from './schema.js';

/** The fields that name the resource of the entities without a card. */
const subject = z.object({
  name: text(LIMITS.name),
  hostname: text(LIMITS.name),
  user: emailOf,
  addon: named,
});

/**
 * Add-ons, attachments, collaborators, domains, SNI endpoints and entities Heroku adds later:
 * never refused for their shape; the card says what happened to which one.
 */
export function normalizeOther(base: Base, entity: string, { data }: Resource): HerokuOtherEvent {
  const s = subject.safeParse(data).data ?? {};
  return {
    ...base,
    type: 'other',
    entity,
    subject: s.name ?? s.hostname ?? s.user?.email ?? s.addon?.name,
  };
}

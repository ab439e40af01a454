import { z } from 'zod';
import { line, loose, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { login, optionalSender, organization } from '../schema.js';
import { accountUrl } from '../urls.js';
import type { NormalizeResult } from '../normalize-result.js';

const role = loose(line(LIMITS.token));

const organizationEvent = z.object({
  action: line(LIMITS.token),
  organization,
  // member_added / member_removed: the member and their role.
  membership: loose(z.object({ user: loose(login.nullish()), role }).nullish()),
  // member_invited: the invitee's login (null for an invitation by e-mail, whose address
  // stays out of the channel) and the role offered.
  invitation: loose(z.object({ login: loose(prose(LIMITS.name)), role }).nullish()),
  user: loose(login.nullish()),
  changes: loose(z.object({ login: loose(z.object({ from: line(LIMITS.name) })) }).nullish()),
  sender: optionalSender,
});

export function normalizeOrganization(payload: unknown): NormalizeResult {
  const parsed = validate(organizationEvent, payload, 'organization');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, organization: org, membership, invitation, user, changes, sender } = parsed.data;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'organization',
      org: { login: org.login, url: accountUrl(org.login) },
      action,
      user: membership?.user?.login ?? invitation?.login ?? user?.login,
      role: membership?.role ?? invitation?.role,
      oldLogin: changes?.login?.from,
      sender: sender?.login,
    },
  };
}

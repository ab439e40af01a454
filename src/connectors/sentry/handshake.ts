import { z } from 'zod';
import type { Outcome } from '../types.js';
import { LIMITS } from './limits.js';
import { text } from './schema.js';

const installation = z.object({
  data: z.object({
    installation: z.object({
      organization: z
        .object({ slug: text(LIMITS.name) })
        .optional()
        .catch(undefined),
      app: z
        .object({ slug: text(LIMITS.name) })
        .optional()
        .catch(undefined),
    }),
  }),
});

/**
 * A public integration is told when an organisation installs or uninstalls it. Nothing for a
 * channel to hear about; the message says which organisation, for whoever reads the log.
 */
export function interpretInstallation(
  payload: unknown,
  action: string | undefined,
): Outcome<never> {
  const parsed = installation.safeParse(payload);
  const org = parsed.success ? parsed.data.data.installation.organization?.slug : undefined;
  const app = parsed.success ? parsed.data.data.installation.app?.slug : undefined;
  const what = app ? `Sentry integration ${app}` : 'Sentry integration';
  const done = action === 'deleted' ? 'uninstalled' : 'installed';
  const where = org ? ` for organisation ${org}` : '';
  return {
    kind: 'handshake',
    eventName: action ? `installation.${action}` : 'installation',
    message: `${what} ${done}${where}`,
  };
}

import { z } from 'zod';
import { line, loose, prose, validate } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { optionalSender, repository } from '../schema.js';
import { labelUrl } from '../urls.js';
import type { NormalizeResult } from '../normalize-result.js';

const label = z.object({
  action: line(LIMITS.token),
  label: z.object({
    name: line(LIMITS.name),
    // GitHub stores six hex digits without `#`; anything else is not a colour to show.
    color: loose(z.string().regex(/^[0-9a-f]{6}$/i)),
    description: loose(prose(LIMITS.body)),
  }),
  // A rename says what the label was called before.
  changes: loose(z.object({ name: loose(z.object({ from: line(LIMITS.name) })) })),
  sender: optionalSender,
  repository,
});

export function normalizeLabel(payload: unknown): NormalizeResult {
  const parsed = validate(label, payload, 'label');
  if (!parsed.ok) return { kind: 'malformed', message: parsed.message };
  const { action, label: l, changes, sender, repository: repo } = parsed.data;
  const oldName = changes?.name?.from;
  return {
    kind: 'event',
    event: {
      source: 'github',
      type: 'label',
      repo,
      action,
      name: l.name,
      color: l.color?.toLowerCase(),
      description: l.description,
      oldName: oldName && oldName !== l.name ? oldName : undefined,
      // A deleted label's list is gone; the repository's labels page is not.
      url: action === 'deleted' ? `${repo.url}/labels` : labelUrl(repo.url, l.name),
      sender: sender?.login,
    },
  };
}

import { z } from 'zod';
import { line, loose } from '../../kit/schema.js';
import { LIMITS } from '../limits.js';
import { actor, optionalUrl, optionalWord, projectObject, toProject } from '../schema.js';
import type { NormalizeResult } from './result.js';

const subject = loose(line(LIMITS.title));
const path = loose(line(LIMITS.path));

/**
 * Hooks without a dedicated card are never refused for their shape: GitLab adds hooks and
 * fields over time, and "something happened to X in project Y" is still worth a card. Each
 * field is read on its own and dropped when it is not what the common hooks send.
 */
const other = z.object({
  object_kind: optionalWord,
  event_name: optionalWord,
  action: optionalWord,
  project: loose(projectObject),
  // Group hooks (members, subgroups, projects) and system hooks name a path of their own.
  path_with_namespace: path,
  full_path: path,
  group_path: path,
  group: loose(z.object({ full_path: path, group_path: path })),
  name: subject,
  title: subject,
  user: actor,
  user_name: loose(line(LIMITS.name)),
  object_attributes: loose(
    z.object({
      title: subject,
      name: subject,
      url: optionalUrl,
      // Emoji hooks link the thing reacted to.
      awarded_on_url: optionalUrl,
      action: optionalWord,
      state: optionalWord,
      status: optionalWord,
      severity: optionalWord,
      // Feature flags say on or off this way.
      active: loose(z.boolean()),
    }),
  ),
});

export function normalizeOther(payload: unknown, eventName: string): NormalizeResult {
  const parsed = other.safeParse(payload);
  const p = parsed.success ? parsed.data : {};
  const oa = p.object_attributes;
  const project = p.project ? toProject(p.project) : undefined;
  const active = oa?.active === undefined ? undefined : oa.active ? 'on' : 'off';
  return {
    kind: 'event',
    event: {
      type: 'other',
      event: eventName,
      kind: p.object_kind ?? p.event_name,
      project,
      where: project
        ? undefined
        : p.path_with_namespace ||
          p.full_path ||
          p.group?.full_path ||
          p.group_path ||
          p.group?.group_path ||
          undefined,
      action: oa?.action ?? p.action ?? (p.object_kind ? undefined : p.event_name),
      subject: oa?.title || oa?.name || p.title || p.name || undefined,
      url: oa?.url ?? oa?.awarded_on_url ?? project?.url,
      actor: p.user ?? (p.user_name || undefined),
      state: oa?.state ?? oa?.status ?? active,
      severity: oa?.severity,
    },
  };
}

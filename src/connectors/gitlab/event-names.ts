/**
 * `X-Gitlab-Event` values, which connector filters list: project and group hooks
 * (doc/user/project/integrations/webhook_events.md) and system hooks. Confidential issues and
 * comments arrive under hooks of their own, so a filter can keep them out of a channel.
 */
export const GITLAB_EVENTS = [
  'Push Hook',
  'Tag Push Hook',
  'Merge Request Hook',
  'Issue Hook',
  'Confidential Issue Hook',
  'Note Hook',
  'Confidential Note Hook',
  'Pipeline Hook',
  'Job Hook',
  'Deployment Hook',
  'Release Hook',
  'Wiki Page Hook',
  'Milestone Hook',
  'Feature Flag Hook',
  'Emoji Hook',
  'Vulnerability Hook',
  'Resource Access Token Hook',
  'Member Hook',
  'Project Hook',
  'Subgroup Hook',
  'System Hook',
] as const;

/**
 * Left out of a new connector's filter: confidential issues and comments are not for every
 * channel member, every job's end repeats what its pipeline's card says, and emoji reactions
 * are chatter. A connector lists them to get them.
 */
const OPT_IN: ReadonlySet<string> = new Set([
  'Confidential Issue Hook',
  'Confidential Note Hook',
  'Job Hook',
  'Emoji Hook',
]);

export const GITLAB_DEFAULT_EVENTS = GITLAB_EVENTS.filter((e) => !OPT_IN.has(e));

/**
 * Hooks whose payloads carry no `object_kind` (group hooks about members, projects and
 * subgroups name an `event_name`; so do most system hooks). Every other hook GitLab documents
 * always sends one, so a payload without it is not GitLab's.
 */
const WITHOUT_OBJECT_KIND: ReadonlySet<string> = new Set([
  'Member Hook',
  'Project Hook',
  'Subgroup Hook',
  'System Hook',
]);

const KNOWN: ReadonlySet<string> = new Set(GITLAB_EVENTS);

export function needsObjectKind(eventName: string): boolean {
  return KNOWN.has(eventName) && !WITHOUT_OBJECT_KIND.has(eventName);
}

import { z } from 'zod';
import { excerpt } from '../../../core/text.js';
import { httpUrl, integer, loose } from '../../kit/schema.js';
import type { GitHubOtherEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import { optionalText } from '../schema.js';
import { ownPath } from './own.js';

type Subject = NonNullable<GitHubOtherEvent['subject']>;

/** Where an event's main object sits, and which of its fields names it when none below do. */
interface SubjectSpec {
  path: readonly string[];
  field?: string;
}

/**
 * Known events whose main object is not under a key named like the event. `null`: the event
 * is about its repository or organisation itself, which the card already names.
 */
const SUBJECTS: ReadonlyMap<string, SubjectSpec | null> = new Map<string, SubjectSpec | null>([
  ['branch_protection_configuration', null],
  ['branch_protection_rule', { path: ['rule'] }],
  ['custom_property', { path: ['definition'], field: 'property_name' }],
  ['custom_property_values', null],
  ['deploy_key', { path: ['key'] }],
  ['deployment_protection_rule', { path: ['environment'] }],
  ['deployment_review', { path: ['environment'] }],
  ['github_app_authorization', null],
  ['gollum', { path: ['pages'] }],
  ['installation', { path: ['installation'], field: 'app_slug' }],
  ['installation_repositories', { path: ['installation'], field: 'app_slug' }],
  ['installation_target', { path: ['account'] }],
  ['issue_dependencies', { path: ['blocked_issue'] }],
  ['marketplace_purchase', { path: ['marketplace_purchase', 'plan'] }],
  ['merge_group', { path: ['merge_group'], field: 'head_ref' }],
  ['meta', { path: ['hook_id'] }],
  ['org_block', { path: ['blocked_user'] }],
  ['page_build', { path: ['build'], field: 'status' }],
  [
    'personal_access_token_request',
    { path: ['personal_access_token_request'], field: 'token_name' },
  ],
  ['project_card', { path: ['project_card'], field: 'note' }],
  ['projects_v2_status_update', { path: ['projects_v2_status_update'], field: 'status' }],
  ['public', null],
  ['repository', null],
  ['repository_dispatch', null],
  ['repository_import', { path: ['status'] }],
  ['secret_scanning_alert_location', { path: ['alert'] }],
  ['secret_scanning_scan', { path: ['type'] }],
  ['security_and_analysis', null],
  ['sponsorship', { path: ['sponsorship', 'tier'] }],
  ['status', { path: ['context'] }],
  ['sub_issues', { path: ['sub_issue'] }],
  ['team_add', { path: ['team'] }],
  ['workflow_dispatch', { path: ['workflow'] }],
]);

/** For events GitHub adds later: the keys its main objects usually have. */
const MAIN_OBJECT_KEYS = [
  'alert',
  'rule',
  'definition',
  'issue',
  'pull_request',
  'discussion',
  'project',
  'team',
  'package',
  'release',
  'deployment',
  'milestone',
  'label',
] as const;

const text = optionalText(LIMITS.title);

/** The fields that name an object, in the order they are preferred. */
const NAME_FIELDS = ['title', 'name', 'tag_name', 'key', 'login', 'slug', 'ghsa_id'] as const;

/** A stripping schema: it reads these keys and no others, however many the object has. */
const named = z.object({
  title: text,
  name: text,
  tag_name: text,
  key: text,
  login: text,
  slug: text,
  ghsa_id: text,
  number: loose(integer()),
  id: loose(integer()),
  html_url: loose(httpUrl),
  // Rulesets and a few newer objects link their page here instead.
  _links: loose(z.object({ html: loose(z.object({ href: httpUrl }).nullish()) }).nullish()),
});

function labelOf(value: unknown, field: string | undefined): Subject | undefined {
  if (typeof value === 'string') {
    const label = excerpt(value, LIMITS.title);
    return label ? { label } : undefined;
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) return { label: String(value) };
  // Lists (a wiki edit's pages) are named by their first entry; the rest is never read, and
  // a list inside it is not followed.
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return Array.isArray(first) ? undefined : labelOf(first, field);
  }
  const parsed = named.safeParse(value);
  if (!parsed.success) return undefined;
  const o = parsed.data;
  const own = field === undefined ? undefined : text.parse(ownPath(value, [field]));
  const name = own ?? NAME_FIELDS.map((f) => o[f]).find((v) => v !== undefined);
  const number = o.number === undefined ? undefined : `#${o.number}`;
  const label =
    name && number
      ? `${number} ${name}`
      : (name ?? number ?? (o.id === undefined ? undefined : String(o.id)));
  if (!label) return undefined;
  return { label, url: o.html_url ?? o._links?.html?.href };
}

/**
 * What an event without a dedicated card is about: its main object's title, name, tag or
 * number and page. Reads at most a fixed handful of keys, each an own property.
 */
export function findSubject(payload: unknown, eventName: string): Subject | undefined {
  const spec = SUBJECTS.get(eventName);
  if (spec === null) return undefined;
  if (spec !== undefined) return labelOf(ownPath(payload, spec.path), spec.field);
  for (const key of [eventName, ...MAIN_OBJECT_KEYS]) {
    const subject = labelOf(ownPath(payload, [key]), undefined);
    if (subject) return subject;
  }
  return undefined;
}

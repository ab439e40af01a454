/**
 * Event names a connector's filter may list: the body's `type` without its
 * `zen:event-type:` namespace (`ticket.created`), and `trigger` for the bodies that
 * triggers and automations send, which the user writes and which name no event.
 * https://developer.zendesk.com/api-reference/webhooks/event-types/webhook-event-types/
 */
const TICKET = [
  'created',
  'agent_assignment_changed',
  'attachment_linked_to_comment',
  'attachment_redacted_from_comment',
  'brand_changed',
  'comment_added',
  'comment_made_private',
  'comment_redacted',
  'custom_field_changed',
  'custom_status_changed',
  'description_changed',
  'email_ccs_changed',
  'external_id_changed',
  'followers_changed',
  'form_changed',
  'group_assignment_changed',
  'marked_as_spam',
  'merged',
  'ola_policy_changed',
  'organization_changed',
  'permanently_deleted',
  'priority_changed',
  'problem_link_changed',
  'requester_changed',
  'schedule_changed',
  'sla_policy_changed',
  'soft_deleted',
  'status_changed',
  'subject_changed',
  'submitter_changed',
  'tags_changed',
  'task_due_at_changed',
  'type_changed',
  'undeleted',
].map((name) => `ticket.${name}`);

const USER = [
  'created',
  'deleted',
  'active_changed',
  'alias_changed',
  'custom_field_changed',
  'custom_role_changed',
  'default_group_changed',
  'details_changed',
  'external_id_changed',
  'group_membership_created',
  'group_membership_deleted',
  'identity_changed',
  'identity_created',
  'identity_deleted',
  'last_login_changed',
  'merged',
  'name_changed',
  'notes_changed',
  'only_private_comments_changed',
  'organization_membership_created',
  'organization_membership_deleted',
  'password_changed',
  'photo_changed',
  'role_changed',
  'suspended_changed',
  'tags_changed',
  'time_zone_changed',
].map((name) => `user.${name}`);

const ORGANIZATION = [
  'created',
  'deleted',
  'custom_field_changed',
  'external_id_changed',
  'name_changed',
  'tags_changed',
].map((name) => `organization.${name}`);

const ARTICLE = [
  'published',
  'unpublished',
  'author_changed',
  'comment_created',
  'comment_changed',
  'comment_published',
  'comment_unpublished',
  'subscription_created',
  'vote_created',
  'vote_changed',
  'vote_removed',
].map((name) => `article.${name}`);

export const TRIGGER = 'trigger';

export const ZENDESK_EVENT_NAMES: readonly string[] = [
  ...TICKET,
  ...USER,
  ...ORGANIZATION,
  ...ARTICLE,
  'messaging_ticket.message_added',
  TRIGGER,
];

/** The namespace of event-subscribed webhooks' `type`. */
export const EVENT_TYPE_PREFIX = 'zen:event-type:';

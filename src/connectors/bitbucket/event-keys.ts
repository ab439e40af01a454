/**
 * `X-Event-Key` values Bitbucket Cloud sends (support.atlassian.com/bitbucket-cloud/docs/
 * event-payloads), which connector filters list. The body names no event: the header does.
 */
export const BITBUCKET_EVENTS = [
  'repo:push',
  'repo:fork',
  'repo:updated',
  'repo:transfer',
  'repo:created',
  'repo:deleted',
  'repo:commit_comment_created',
  'repo:commit_status_created',
  'repo:commit_status_updated',
  'pullrequest:created',
  'pullrequest:updated',
  'pullrequest:approved',
  'pullrequest:unapproved',
  'pullrequest:changes_request_created',
  'pullrequest:changes_request_removed',
  'pullrequest:fulfilled',
  'pullrequest:rejected',
  'pullrequest:comment_created',
  'pullrequest:comment_updated',
  'pullrequest:comment_deleted',
  'pullrequest:comment_resolved',
  'pullrequest:comment_reopened',
  'issue:created',
  'issue:updated',
  'issue:comment_created',
] as const;
